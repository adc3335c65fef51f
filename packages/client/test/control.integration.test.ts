import { type RunningMockServer, startMockServer } from '@mjkit/mock-server/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMjClient, isQueueFull } from '../src';
import { createMockControl, MockControlError } from '../src/control';
import { startNotificationReceiver } from '../src/node';

describe('createMockControl against the real mock over loopback', () => {
  let server: RunningMockServer;
  const seen: string[] = [];
  const countingFetch: typeof fetch = (input, init) => {
    seen.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
    return fetch(input, init);
  };
  beforeAll(async () => {
    server = await startMockServer({ port: 0, clock: 'real', config: { imageSize: 64 } });
  });
  afterAll(() => server.close());
  beforeEach(async () => {
    await createMockControl(server.url).reset();
  });

  it('reads state, switches the clock and advances it, returning the events in order', async () => {
    const control = createMockControl(`${server.url}/`, undefined, { fetch: countingFetch });
    expect((await control.state()).clock.mode).toBe('real');
    expect(await control.setClock({ mode: 'manual' })).toMatchObject({ mode: 'manual' });
    const mj = createMjClient({ baseUrl: server.url });
    const { taskId } = await mj.imagine({ prompt: 'a controlled lighthouse' });
    const before = (await control.state()).clock.now;
    const { clock, events } = await control.advance(12_000);
    expect(clock.now - before).toBe(12_000);
    const mine = events.filter((e) => e.taskId === taskId);
    expect(mine[0]?.status).toBe('IN_PROGRESS');
    expect(mine.at(-1)).toMatchObject({ type: 'finished', status: 'SUCCESS', progress: '100%' });
    expect((await control.state()).counts.SUCCESS).toBe(1);
    expect(seen).toContain('POST /__mock/clock/advance');
  });

  it('patches config, forces outcomes, seeds tasks and reads both journals', async () => {
    const control = createMockControl(server.url);
    await control.setClock({ mode: 'manual' });
    expect((await control.patchConfig({ queueSize: 3 })).queueSize).toBe(3);
    expect((await control.getConfig()).queueSize).toBe(3);

    const rule = await control.addOutcome({ outcome: 'queue-full', count: 2 });
    expect(rule).toMatchObject({ outcome: 'queue-full', remaining: 2 });
    expect(await control.listOutcomes()).toHaveLength(1);
    const mj = createMjClient({ baseUrl: server.url });
    expect(isQueueFull(await mj.imagine({ prompt: 'x' }).catch((e: unknown) => e))).toBe(true);
    expect((await control.clearOutcomes()).map((o) => o.remaining)).toEqual([1]);
    expect(await control.listOutcomes()).toEqual([]);

    const seeded = await control.seedTask({ status: 'SUCCESS', prompt: 'seeded cat' });
    expect(seeded).toMatchObject({ status: 'SUCCESS', prompt: 'seeded cat' });
    expect((await mj.fetchTask(seeded.id)).buttons?.length).toBeGreaterThan(0);

    const journal = await control.requests({ limit: 2 });
    expect(journal).toHaveLength(2);
    expect(journal.at(-1)).toMatchObject({ method: 'GET', path: `/mj/task/${seeded.id}/fetch`, status: 200 });
    const about = await control.requests({ taskId: seeded.id, route: 'fetchTask' });
    expect(about.map((e) => e.path)).toEqual([`/mj/task/${seeded.id}/fetch`]);
    expect((await control.clearRequests()).cleared).toBeGreaterThan(2);
    expect(await control.requests()).toEqual([]);

    const page = await control.listTasks({ status: 'SUCCESS', limit: 1 });
    expect(page).toMatchObject({ total: 1, limit: 1, tasks: [{ id: seeded.id }] });
    expect((await control.listTasks({ status: 'FAILURE' })).tasks).toEqual([]);
    expect(await control.health()).toMatchObject({ status: 'ok', name: 'mjkit-mock', tasks: 1 });

    const hooks = await startNotificationReceiver();
    try {
      const { taskId } = await mj.imagine({ prompt: 'hooked', notifyHook: hooks.url });
      await control.advance(12_000);
      for await (const task of hooks) if (task.status === 'SUCCESS') break;
      const deliveries = await control.notifications({ taskId });
      expect(deliveries.length).toBeGreaterThan(1);
      expect(deliveries.every((d) => d.taskId === taskId && d.url === hooks.url)).toBe(true);
    } finally {
      await hooks.close();
    }
    const reset = await control.reset();
    expect(Object.values(reset.counts).reduce((a, b) => a + b, 0)).toBe(0);
    expect(reset.config.queueSize).toBe(3);
  });

  it('turns an error answer into MockControlError with status and body', async () => {
    const control = createMockControl(server.url);
    const error = await control.advance(-1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MockControlError);
    expect(error).toMatchObject({ code: 'control_error', route: 'advance', status: 400 });
    expect((error as Error).message).toMatch(/^mock control advance answered HTTP 400: /);
  });
});
