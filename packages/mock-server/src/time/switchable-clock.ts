import type { ClockState } from '@mjkit/contract';
import { type Clock, MANUAL_CLOCK_EPOCH } from '../engine/clock';

/** The mock's clock: real time scaled by `speed`, or manual; switchable at run time (DESIGN.md §3). */
export interface SwitchableClock extends Clock {
  state(): ClockState;
  /** Switches mode and/or speed without jumping: simulated time continues from where it is. */
  set(change: { mode?: 'real' | 'manual' | undefined; speed?: number | undefined }): ClockState;
  /** Moves simulated time forward by `ms` (in real mode too: a jump ahead). */
  advance(ms: number): ClockState;
}

/**
 * Creates the clock. `wallNow` is the only wall-clock read in the mock (injected, so tests can fake
 * it). A manual clock starts at a fixed realistic epoch so ids stay 16 digits; a real one at wall time.
 */
export function createSwitchableClock(options: {
  mode: 'real' | 'manual';
  speed: number;
  start?: number | undefined;
  wallNow?: () => number;
}): SwitchableClock {
  const wallNow = options.wallNow ?? Date.now;
  let mode = options.mode;
  let speed = options.speed;
  let base = options.start ?? (mode === 'manual' ? MANUAL_CLOCK_EPOCH : wallNow());
  let wallBase = wallNow();
  const now = () => (mode === 'manual' ? base : Math.floor(base + (wallNow() - wallBase) * speed));
  const rebase = () => {
    base = now();
    wallBase = wallNow();
  };
  const state = (): ClockState => ({ mode, now: now(), speed });
  return {
    now,
    state,
    set(change) {
      if (change.speed !== undefined && !(change.speed > 0)) throw new RangeError('speed must be > 0');
      rebase();
      mode = change.mode ?? mode;
      speed = change.speed ?? speed;
      return state();
    },
    advance(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
      rebase();
      base += ms;
      return state();
    },
  };
}
