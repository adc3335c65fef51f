import type { NotificationLogEntry } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { engineOnManualClock, imagineInput } from '../../test/support/builders';
import type { TaskChange } from '../engine/engine';
import { createMidjourneyProxyProfile } from '../profiles/midjourney-proxy/profile';
import { createJournal } from './journal';
import { bridgeNotifications, deliveryId } from './notify-bridge';
import { createNotifier, DELIVERY_ID_HEADER } from './notifier';
import { createFetchTransport } from './transport';

/** Engine changes through the bridge to a fake receiver that records each delivery's id header. */
function setup(variant: 'nz' | 'ta') {
  const { engine, clock } = engineOnManualClock();
  const ids: string[] = [];
  const fake = (async (_url: string, init?: RequestInit) => {
    ids.push(new Headers(init?.headers).get(DELIVERY_ID_HEADER) ?? '');
    return new Response('ok');
  }) as typeof fetch;
  const notifier = createNotifier({
    transport: createFetchTransport(fake),
    options: () => ({ concurrency: 1, timeoutMs: 50, retries: 0 }),
    now: () => clock.now(),
    journal: createJournal<NotificationLogEntry>(),
  });
  const profile = createMidjourneyProxyProfile(variant);
  bridgeNotifications({ engine, notifier, profile: () => profile, baseUrl: () => 'http://mock.test' });
  return { engine, clock, notifier, ids };
}

describe('notify bridge: delivery ids', () => {
  it('formats the rank ×100, with `.n` for the n-th repeat of a rank', () => {
    expect(deliveryId('1735689600000123', 3.46)).toBe('1735689600000123-346');
    expect(deliveryId('1735689600000123', 3.46, 2)).toBe('1735689600000123-346.2');
  });

  it.each([
    ['nz', 3],
    ['ta', 1],
  ] as const)(
    '%s: an equal rank announced again gets its own id (%i deliveries of that change)',
    async (variant, count) => {
      const { engine, clock, notifier, ids } = setup(variant);
      const outcome = engine.submit(imagineInput('a', { notifyHook: 'http://hook.test/cb' }));
      if (outcome.kind === 'rejected') throw new Error('submit rejected');
      const id = outcome.task.id;
      const seen: TaskChange[] = [];
      engine.events.on('change', (c) => {
        if (c.status === 'IN_PROGRESS') seen.push(c);
      });
      clock.advance(1_000);
      engine.sync();
      const started = seen[0];
      expect(started?.progress).toBe('0%');
      // Replay the same change twice: NZ skips only lower ranks, so it sends both again; TA skips ≤.
      engine.events.emit('change', started!);
      engine.events.emit('change', started!);
      await notifier.idle();
      const atStart = ids.filter((d) => d.startsWith(`${id}-300`));
      expect(atStart).toHaveLength(count);
      expect(new Set(ids).size).toBe(ids.length);
      if (variant === 'nz') expect(atStart).toEqual([`${id}-300`, `${id}-300.1`, `${id}-300.2`]);
    },
  );
});
