import { describe, expect, it } from 'vitest';
import { createManualClock, MANUAL_CLOCK_EPOCH } from './clock';

describe('manual clock', () => {
  it('starts at a realistic epoch and moves only when advanced', () => {
    const clock = createManualClock();
    expect(clock.now()).toBe(MANUAL_CLOCK_EPOCH);
    expect(String(clock.now())).toHaveLength(13);
    expect(clock.advance(1500)).toBe(MANUAL_CLOCK_EPOCH + 1500);
    expect(clock.now()).toBe(MANUAL_CLOCK_EPOCH + 1500);
  });

  it('never goes backwards', () => {
    const clock = createManualClock(1000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.advance(Number.NaN)).toThrow(RangeError);
    expect(clock.set(500)).toBe(1000);
    expect(clock.set(2000)).toBe(2000);
  });
});
