/** Finished task ids, oldest first: the order in which a full store evicts (`--max-tasks`). */
export interface FinishedOrder {
  push(id: string): void;
  /** The oldest finished id not yet taken, removed from the order; `undefined` when none is left. */
  takeOldest(): string | undefined;
  /** The ids still in order, oldest first (a copy). */
  list(): string[];
  replace(ids: readonly string[]): void;
}

/**
 * A queue of finished ids with O(1) amortised `takeOldest`: a head index instead of `shift()`, and the
 * array compacted once more than half of it (and over 1 024 entries) has been taken.
 */
export function createFinishedOrder(): FinishedOrder {
  let ids: string[] = [];
  let head = 0;
  return {
    push: (id) => {
      ids.push(id);
    },
    takeOldest() {
      if (head >= ids.length) return undefined;
      const id = ids[head++];
      if (head > 1024 && head * 2 > ids.length) {
        ids = ids.slice(head);
        head = 0;
      }
      return id;
    },
    list: () => ids.slice(head),
    replace(next) {
      ids = [...next];
      head = 0;
    },
  };
}
