/** A bounded, append-only journal (requests, deliveries): the oldest entries drop out first. */
export interface Journal<T> {
  add(entry: T): void;
  list(filter?: (entry: T) => boolean, limit?: number): T[];
  clear(): void;
  /** Entries held and entries dropped so far to stay within the bound. */
  stats(): { size: number; max: number; dropped: number };
}

/** Creates a journal keeping the newest `max` entries (a ring buffer: O(1) per add). */
export function createJournal<T>(max = 1000): Journal<T> {
  let ring: T[] = [];
  let start = 0;
  let dropped = 0;
  const ordered = () => (start === 0 ? ring : [...ring.slice(start), ...ring.slice(0, start)]);
  return {
    add(entry) {
      if (ring.length < max) {
        ring.push(entry);
        return;
      }
      ring[start] = entry;
      start = (start + 1) % max;
      dropped++;
    },
    list(filter, limit) {
      const all = ordered();
      const found = filter ? all.filter(filter) : [...all];
      return limit === undefined ? found : found.slice(-limit);
    },
    clear() {
      ring = [];
      start = 0;
    },
    stats: () => ({ size: ring.length, max, dropped }),
  };
}
