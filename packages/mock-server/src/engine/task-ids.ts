import type { Clock } from './clock';
import type { Random } from './random';

/** Generates task ids; `last`/`setLast` carry the last id across snapshots. */
export interface IdGenerator {
  (): string;
  last(): string;
  setLast(id: string): void;
}

/**
 * Task ids as the upstream makes them: the millisecond timestamp followed by 3 random digits, a
 * 16-digit numeric string (spec §1.2). Never repeats: a collision moves to the next free number.
 */
export function createTaskIds(clock: Clock, random: Random): IdGenerator {
  let last = 0n;
  const next = () => {
    let id = BigInt(`${clock.now()}${random.digits(3)}`);
    if (id <= last) id = last + 1n;
    last = id;
    return id.toString().padStart(16, '0');
  };
  return Object.assign(next, {
    last: () => last.toString(),
    setLast: (id: string) => {
      last = BigInt(id || '0');
    },
  });
}
