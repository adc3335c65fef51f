import type { Clock } from './clock';
import type { Random } from './random';

/** Generates task ids. */
export type IdGenerator = () => string;

/**
 * Task ids as the upstream makes them: the millisecond timestamp followed by 3 random digits, a
 * 16-digit numeric string (spec §1.2). Never repeats: a collision moves to the next free number.
 */
export function createTaskIds(clock: Clock, random: Random): IdGenerator {
  let last = 0n;
  return () => {
    let id = BigInt(`${clock.now()}${random.digits(3)}`);
    if (id <= last) id = last + 1n;
    last = id;
    return id.toString().padStart(16, '0');
  };
}
