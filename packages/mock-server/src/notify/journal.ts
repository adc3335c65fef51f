/** A bounded, append-only journal (requests, deliveries): the oldest entries drop out first. */
export interface Journal<T> {
  add(entry: T): void;
  list(filter?: (entry: T) => boolean, limit?: number): T[];
  clear(): void;
}

/** Creates a journal keeping the newest `max` entries. */
export function createJournal<T>(max = 1000): Journal<T> {
  let entries: T[] = [];
  return {
    add(entry) {
      entries.push(entry);
      if (entries.length > max) entries = entries.slice(entries.length - max);
    },
    list(filter, limit) {
      const found = filter ? entries.filter(filter) : [...entries];
      return limit === undefined ? found : found.slice(-limit);
    },
    clear() {
      entries = [];
    },
  };
}
