import { describe, expect, it } from 'vitest';
import { engineOnManualClock, imagineInput } from '../../test/support/builders';
import { createScheduler } from './scheduler';

describe('scheduler', () => {
  it('pops due entries in (time, insertion) order', () => {
    const s = createScheduler();
    for (const [at, id] of [
      [30, 'c'],
      [10, 'a'],
      [20, 'b'],
      [10, 'a2'],
    ] as const)
      s.push(at, id, 0);
    const out: string[] = [];
    for (let d = s.popDue(25); d; d = s.popDue(25)) out.push(d.taskId);
    expect(out).toEqual(['a', 'a2', 'b']);
    expect(s.popDue(29)).toBeUndefined();
    expect(s.popDue(30)?.taskId).toBe('c');
  });
});

/** Runs `running` tasks for 10 simulated minutes; returns heap operations per fired event. */
function opsPerEvent(running: number, stored: number) {
  const { engine, clock } = engineOnManualClock(
    { concurrency: running, queueSize: 0, timeoutMs: 3_600_000 },
    1,
  );
  for (let i = 0; i < stored; i++) engine.seed({ status: 'SUCCESS', prompt: `old ${i}` });
  // Long tasks: each fires ~8 events over 10 minutes, so the events fired stay proportional to tasks.
  for (let i = 0; i < running; i++) engine.submit(imagineInput(`t${i}`, { slowFactor: 60 }));
  const before = engine.scheduler.ops;
  let events = 0;
  for (let minute = 0; minute < 10; minute++) {
    clock.advance(60_000);
    events += engine.sync().length;
  }
  return { events, ops: engine.scheduler.ops - before };
}

describe('scheduler cost (issue #11)', () => {
  it('grows with events · log n, not with running or stored tasks: 10 000 running, 10 simulated minutes', () => {
    const big = opsPerEvent(10_000, 0);
    expect(big.events).toBeGreaterThan(10_000 * 5);
    // A scan of every running task per event would be ~events × 10 000 steps; a heap is ~2·log2(n) each.
    expect(big.ops / big.events).toBeLessThan(2 * Math.log2(10_000) + 4);
    const small = opsPerEvent(100, 0);
    expect(big.ops / big.events / (small.ops / small.events)).toBeLessThan(
      2 * (Math.log2(10_000) / Math.log2(100)),
    );
    // 5 000 stored (finished) tasks add nothing per event (seeding shifts the random steps a little).
    const stored = opsPerEvent(100, 5_000);
    expect(stored.ops / stored.events).toBeLessThan((small.ops / small.events) * 1.1);
  });
});
