/** One scheduled engine event: task `taskId` has a change due at `at` (simulated ms). */
export interface Due {
  at: number;
  /** Tie-breaker: events due at the same ms fire in the order they were scheduled. */
  seq: number;
  taskId: string;
  /** The record's generation when scheduled; a later generation makes this entry stale. */
  gen: number;
}

/**
 * A binary min-heap of due events ordered by (`at`, `seq`) (issue #11): advancing the clock costs
 * O(events · log n), independent of how many tasks are stored or running. `ops` counts sift steps
 * (each a comparison and swap) so tests can prove the cost grows with events, not tasks.
 */
export interface Scheduler {
  push(at: number, taskId: string, gen: number): void;
  /** The earliest entry if due at or before `now`, removed; `undefined` otherwise. */
  popDue(now: number): Due | undefined;
  /** Entries held (stale ones included until popped). */
  readonly size: number;
  /** Sift steps done since creation. */
  readonly ops: number;
  clear(): void;
}

const before = (a: Due, b: Due) => a.at < b.at || (a.at === b.at && a.seq < b.seq);

/** Creates an empty scheduler. */
export function createScheduler(): Scheduler {
  let heap: Due[] = [];
  let seq = 0;
  let ops = 0;
  const swap = (i: number, j: number) => {
    const t = heap[i]!;
    heap[i] = heap[j]!;
    heap[j] = t;
  };
  const up = (start: number) => {
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      ops++;
      if (!before(heap[i]!, heap[parent]!)) return;
      swap(i, parent);
      i = parent;
    }
  };
  const down = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let best = i;
      if (l < heap.length && before(heap[l]!, heap[best]!)) best = l;
      if (r < heap.length && before(heap[r]!, heap[best]!)) best = r;
      ops++;
      if (best === i) return;
      swap(i, best);
      i = best;
    }
  };
  return {
    push(at, taskId, gen) {
      heap.push({ at, seq: seq++, taskId, gen });
      up(heap.length - 1);
    },
    popDue(now) {
      const top = heap[0];
      if (!top || top.at > now) return undefined;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        down(0);
      }
      return top;
    },
    get size() {
      return heap.length;
    },
    get ops() {
      return ops;
    },
    clear() {
      heap = [];
    },
  };
}
