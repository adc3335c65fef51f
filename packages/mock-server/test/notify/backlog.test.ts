import { describe, expect, it } from 'vitest';
import { createJournal } from '../../src/notify/journal';
import { createNotifier } from '../../src/notify/notifier';

/** Issue #12 item 5: the backlog is bounded; past it deliveries are dropped and counted, never held. */
describe('notify backlog bound', () => {
  it('keeps at most maxBacklog waiting behind a hanging receiver and counts the rest as dropped', () => {
    const notifier = createNotifier({
      transport: () => new Promise(() => {}), // hangs forever
      options: () => ({ concurrency: 8, timeoutMs: 60_000, retries: 0 }),
      now: () => 0,
      journal: createJournal(10),
      limits: { maxBacklog: 3, perReceiver: 1 },
    });
    const body = JSON.stringify({ big: 'x'.repeat(1000) });
    for (let i = 0; i < 10; i++)
      notifier.enqueue({ taskId: `t${i}`, url: 'http://hook.test/cb', body, payload: {} });
    expect(notifier.stats()).toEqual({ backlog: 3, inFlight: 1, dropped: 6, delivered: 0 });
    // One body string shared by the job and its journal entry: stored once (no per-attempt clone).
    expect(notifier.pending().every((d) => d.body === body)).toBe(true);
    notifier.stop();
  });
});
