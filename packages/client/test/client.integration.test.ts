import { toDataUrl, encodePng } from '@mjkit/mock-server';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isBanned,
  isQueued,
  isQueueFull,
  MjAbortError,
  MjApiError,
  MjTimeoutError,
  needsModal,
  pressButton,
  submitAndWait,
  waitForTask,
} from '../src';
import { startNotificationReceiver } from '../src/node';
import { mockAndClient } from './support';

const png = (rgb: [number, number, number] = [200, 30, 30]) => {
  const data = new Uint8Array(8 * 8 * 3);
  for (let i = 0; i < 64; i++) data.set(rgb, i * 3);
  return toDataUrl(encodePng({ width: 8, height: 8, channels: 3, data }));
};

let stop: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stop) await s();
  stop = [];
});
async function setup(options: Parameters<typeof mockAndClient>[0] = {}) {
  const ctx = await mockAndClient(options);
  stop.push(() => ctx.server.close());
  return ctx;
}

describe('client against the mock over loopback', () => {
  it('imagine → waitForTask → U1 → upscale, reporting each progress change', async () => {
    const { client } = await setup();
    const submitted = await client.imagine({ prompt: 'a lighthouse' });
    expect(submitted).toMatchObject({
      code: 1,
      description: 'Submit success',
      taskId: expect.stringMatching(/^\d{16}$/),
    });
    const seen: string[] = [];
    const grid = await waitForTask(submitted.taskId, (id) => client.fetchTask(id), {
      intervalMs: 1000,
      sleep: client.sleep,
      onProgress: (t) => seen.push(`${t.status} ${t.progress}`),
    });
    expect(grid.kind).toBe('success');
    expect(seen[0]).toBe('SUBMITTED 0%');
    expect(seen.at(-1)).toBe('SUCCESS 100%');
    expect(new Set(seen).size).toBe(seen.length);
    const { taskId } = await pressButton(client, grid.task, 'U1');
    const up = await waitForTask(taskId, (id) => client.fetchTask(id), { sleep: client.sleep });
    expect(up).toMatchObject({ kind: 'success', task: { action: 'UPSCALE', parentId: grid.task.id } });
  });

  it('a 21 → modal flow: pressButton confirms Vary (Region) with a mask', async () => {
    const { client } = await setup();
    const grid = await submitAndWait(client, 'imagine', { prompt: 'castle' });
    const up = await submitAndWait(client, 'action', {
      taskId: grid.task.id,
      customId: grid.task.buttons![0]!.customId,
    });
    const pressed = await pressButton(client, up.task, 'Vary (Region)', {
      prompt: 'castle, red roof',
      maskBase64: png([255, 255, 255]),
    });
    expect(needsModal(pressed.submitted)).toBe(true);
    expect(pressed.confirmed?.code).toBe(1);
    const done = await waitForTask(pressed.taskId, (id) => client.fetchTask(id), { sleep: client.sleep });
    expect(done).toMatchObject({ kind: 'success', task: { action: 'INPAINT', prompt: 'castle, red roof' } });
    const pending = await pressButton(client, up.task, 'Custom Zoom', { confirmModal: false });
    expect(
      (await waitForTask(pending.taskId, (id) => client.fetchTask(id), { sleep: client.sleep })).kind,
    ).toBe('needs-modal');
  });

  it('queue-full and banned prompts are typed errors; queued submits are recognised', async () => {
    const { client } = await setup({ config: { concurrency: 1, queueSize: 1 } });
    expect(isQueued(await client.imagine({ prompt: 'one' }))).toBe(false);
    expect(isQueued(await client.imagine({ prompt: 'two' }))).toBe(true);
    const full = await client.imagine({ prompt: 'three' }).catch((e: unknown) => e);
    expect(full).toBeInstanceOf(MjApiError);
    expect(isQueueFull(full)).toBe(true);
    expect((full as MjApiError).retryable).toBe(true);
    const banned = await client.imagine({ prompt: 'a nude statue' }).catch((e: unknown) => e);
    expect(isBanned(banned)).toBe(true);
    expect(banned).toMatchObject({ code: 24, status: 200, description: '可能包含敏感词' });
  });

  it('local errors carry the local-error name and HTTP status', async () => {
    const { client } = await setup();
    await expect(client.imagine({ prompt: '' })).rejects.toMatchObject({
      status: 400,
      code: 4,
      localError: 'prompt_is_required',
    });
    await expect(client.fetchTask('1234567890123456')).rejects.toMatchObject({
      status: 400,
      localError: 'task_not_found',
    });
    await expect(client.swapFace({ sourceBase64: png(), targetBase64: '' })).rejects.toMatchObject({
      localError: 'sour_base64_and_target_base64_is_required',
    });
  });

  it('covers every route', async () => {
    const { client } = await setup();
    const urls = await client.uploadImages([png()]);
    expect(urls).toHaveLength(1);
    expect((await fetch(urls[0]!)).status).toBe(200);
    const grid = await submitAndWait(client, 'imagine', { prompt: 'cat', base64Array: [png()] });
    expect(grid.kind).toBe('success');
    const ids = [grid.task.id];
    for (const [route, body] of [
      ['blend', { base64Array: [png([1, 2, 3]), png([200, 1, 1])], dimensions: 'LANDSCAPE' }],
      ['describe', { base64: png() }],
      ['shorten', { prompt: 'cat, in the style of watercolor, dreamy' }],
      ['change', { taskId: grid.task.id, action: 'VARIATION', index: 2 }],
      ['simpleChange', { content: `${grid.task.id} U3` }],
      ['video', { prompt: 'a car', image: png() }],
      ['edits', { prompt: 'purple', image: png() }],
      ['swapFace', { sourceBase64: png([1, 1, 1]), targetBase64: png([2, 2, 2]) }],
    ] as const) {
      const r = await submitAndWait(client, route, body as never);
      expect(r.kind, route).toBe('success');
      ids.push(r.task.id);
    }
    const listed = await client.listTasks([...ids, '0000000000000000']);
    expect(listed.map((t) => t.id).sort()).toEqual([...ids].sort());
    expect(await client.imageSeed(grid.task.id)).toMatch(/^\d+$/);
    expect((await fetch(client.imageUrl(grid.task.id))).headers.get('content-type')).toBe('image/png');
    const modal = await client.action({ taskId: grid.task.id, customId: grid.task.buttons![0]!.customId });
    expect(modal.code).toBe(1);
  });

  it('sends the key as Bearer or mj-api-secret, and the mode by body or prefix', async () => {
    const { server, client } = await setup({
      config: { keys: ['sk-k'] },
      apiKey: 'sk-k',
      authHeader: 'mj-api-secret',
      mode: 'TURBO',
      modeVia: 'prefix',
    });
    expect(client.baseUrl).toBe(`${server.url}/mj-turbo`);
    const { taskId } = await client.imagine({ prompt: 'x' });
    expect((await client.fetchTask(taskId)).mode).toBe('TURBO');
    const { createMjClient } = await import('../src');
    const viaBody = createMjClient({ baseUrl: server.url, apiKey: 'sk-k', mode: 'RELAX' });
    expect((await viaBody.fetchTask((await viaBody.imagine({ prompt: 'y' })).taskId)).mode).toBe('RELAX');
    const noKey = createMjClient({ baseUrl: server.url });
    await expect(noKey.imagine({ prompt: 'z' })).rejects.toMatchObject({
      status: 401,
      localError: 'invalid_api_key',
    });
  });

  it('a notifyHook round trip through the receiver helper', async () => {
    const { client, advance } = await setup();
    const hooks = await startNotificationReceiver();
    stop.push(() => hooks.close());
    const { taskId } = await client.imagine({ prompt: 'hooked', state: 'job-7', notifyHook: hooks.url });
    await advance(12_000);
    const statuses: string[] = [];
    for await (const task of hooks) {
      expect(task).toMatchObject({ id: taskId, state: 'job-7' });
      statuses.push(task.status ?? '');
      if (task.status === 'SUCCESS') break;
    }
    expect(statuses[0]).toBe('SUBMITTED');
    expect(statuses.filter((s) => s === 'SUCCESS')).toHaveLength(1);
  });

  it('abort and timeout', async () => {
    const { client } = await setup({ config: { durations: { imagineMs: 60_000 } } });
    const { taskId } = await client.imagine({ prompt: 'slow' });
    await expect(
      waitForTask(taskId, (id) => client.fetchTask(id), {
        intervalMs: 1000,
        timeoutMs: 5000,
        sleep: client.sleep,
      }),
    ).rejects.toBeInstanceOf(MjTimeoutError);
    const controller = new AbortController();
    const waiting = waitForTask(taskId, (id) => client.fetchTask(id), {
      sleep: client.sleep,
      signal: controller.signal,
      onProgress: () => controller.abort(),
    });
    await expect(waiting).rejects.toBeInstanceOf(MjAbortError);
  });
});
