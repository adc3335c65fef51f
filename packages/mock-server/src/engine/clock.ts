/**
 * The engine's only notion of time (DESIGN.md §3): the engine reads `now()` and never a wall clock.
 * The HTTP layer owns the ticker that moves a real clock; tests move a manual clock by hand.
 */
export interface Clock {
  /** Simulated epoch ms. */
  now(): number;
}

/** A fixed, realistic start so manual-clock ids stay 16 digits (2025-01-01T00:00:00Z). */
export const MANUAL_CLOCK_EPOCH = 1_735_689_600_000;

/** A clock that moves only when told to. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms` (negative values are refused). */
  advance(ms: number): number;
  /** Jumps to an absolute time, never backwards. */
  set(at: number): number;
}

/**
 * Creates a manual clock starting at `start` (default {@link MANUAL_CLOCK_EPOCH}).
 * @example const clock = createManualClock(); clock.advance(1000); clock.now() // 1735689601000
 */
export function createManualClock(start = MANUAL_CLOCK_EPOCH): ManualClock {
  let now = start;
  return {
    now: () => now,
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
      now += ms;
      return now;
    },
    set(at) {
      if (at > now) now = at;
      return now;
    },
  };
}
