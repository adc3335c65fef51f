import type { NotificationLogEntry } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { engineOnManualClock, imagineInput } from '../../test/support/builders';
import { createDocProfile } from '../profiles/doc/doc-profile';
import { createJournal } from './journal';
import { bridgeNotifications } from './notify-bridge';
import { createNotifier } from './notifier';
import { createFetchTransport } from './transport';

function setup(fetchImpl: typeof fetch, retries = 0) {
  const { engine, clock } = engineOnManualClock();
  const journal = createJournal<NotificationLogEntry>();
  const notifier = createNotifier({
    transport: createFetchTransport(fetchImpl),
    options: () => ({ concurrency: 2, timeoutMs: 50, retries }),
    now: () => clock.now(),
    journal,
  });
  const profile = createDocProfile();
  bridgeNotifications({ engine, notifier, profile: () => profile, baseUrl: () => 'http://mock.test' });
  return { engine, clock, journal, notifier };
}

describe('notifier', () => {
  it('posts the task JSON once per rising STATUS:progress, in order, never NOT_START', async () => {
    const got: { status: string; progress: string; state: string | null }[] = [];
    const fake = (async (_url: string, init?: RequestInit) => {
      got.push(JSON.parse(String(init?.body)));
      expect(new Headers(init?.headers).get('content-type')).toBe('application/json');
      return new Response('ok');
    }) as typeof fetch;
    const { engine, clock, notifier, journal } = setup(fake);
    engine.submit(imagineInput('a', { notifyHook: 'http://hook.test/cb', state: 'order-1' }));
    engine.submit(imagineInput('b'));
    clock.advance(12_000);
    engine.sync();
    await notifier.idle();
    const seq = got.map((t) => `${t.status}:${t.progress}`);
    expect(seq.filter((s) => s.startsWith('SUBMITTED'))).toEqual(['SUBMITTED:0%']);
    expect(seq.filter((s) => s.startsWith('SUCCESS'))).toEqual(['SUCCESS:100%']);
    expect(seq.some((s) => s.startsWith('NOT_START'))).toBe(false);
    expect(seq[1]).toBe('IN_PROGRESS:0%');
    expect(got.every((t) => t.state === 'order-1')).toBe(true);
    expect(journal.list()).toHaveLength(got.length);
  });

  it('journals failures and timeouts, retries only when configured', async () => {
    let calls = 0;
    const failing = (async () => {
      calls++;
      return new Response('no', { status: 503 });
    }) as typeof fetch;
    const hanging = ((_u: string, init?: RequestInit) =>
      new Promise((_r, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    const a = setup(failing, 1);
    a.engine.submit(imagineInput('a', { notifyHook: 'http://hook.test' }));
    await a.notifier.idle();
    expect(calls).toBe(2);
    expect(a.journal.list().map((e) => [e.attempt, e.status, e.error])).toEqual([
      [1, 503, 'HTTP 503'],
      [2, 503, 'HTTP 503'],
    ]);
    const b = setup(hanging);
    b.engine.submit(imagineInput('a', { notifyHook: 'http://hook.test' }));
    await b.notifier.idle();
    expect(b.journal.list()[0]).toMatchObject({ status: null, error: 'timeout after 50 ms' });
  });
});
