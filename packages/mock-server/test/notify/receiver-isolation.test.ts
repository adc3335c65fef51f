import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHttpTransport } from '../../src/node/http-transport';
import { createJournal } from '../../src/notify/journal';
import { createNotifier } from '../../src/notify/notifier';
import { startReceiver } from './receivers';

/**
 * Issue #12 item 11: one hanging receiver does not delay another. The old notifier had one global
 * limit of 8: a healthy receiver waited 5.6 s behind a hanging one. Now at most `perReceiver` (4) go to
 * one host, under the global cap.
 */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

describe('notify receivers are isolated', () => {
  it('a healthy receiver gets its first delivery at once while 40 wait on a hanging one', async () => {
    const hanging = await startReceiver(() => {}); // never answers
    const healthy = await startReceiver((_req, res) => res.end('ok'));
    closers.push(hanging.close, healthy.close);
    const notifier = createNotifier({
      transport: createNodeHttpTransport(),
      options: () => ({ concurrency: 8, timeoutMs: 10_000, retries: 0 }),
      now: () => 0,
      journal: createJournal(1000),
    });
    closers.push(async () => notifier.stop());
    for (let i = 0; i < 40; i++)
      notifier.enqueue({ taskId: `h${i}`, url: `${hanging.url}/hook`, body: '{}', payload: {} });
    const started = performance.now();
    notifier.enqueue({ taskId: 'ok', url: `${healthy.url}/hook`, body: '{}', payload: {} });
    for (let i = 0; i < 200 && (healthy.arrived.length === 0 || hanging.arrived.length < 4); i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(healthy.arrived.length).toBe(1);
    expect(healthy.arrived[0]! - started).toBeLessThan(1_000);
    expect(hanging.arrived.length).toBe(4); // per-receiver limit, not the global 8
    expect(notifier.stats()).toMatchObject({ inFlight: 4, backlog: 36 });
  });
});
