import { afterEach, describe, expect, it } from 'vitest';
import { pngDataUrl } from '../support/builders';
import { type RunningMockServer, startMockServer } from '../../src/node';

/**
 * new-api forwards to the same path on its upstream (relay/mjproxy_handler.go). trueai has no
 * /submit/change and novicezk no action, modal, video, …: after new-api's own checks (task, status,
 * quota) the forward meets an empty 404, which new-api passes on (service/midjourney.go @08b94b7 reads it
 * as code 5 `empty_response_body` without an error; swap marshals that with the 404, image-seed with
 * 200). No upstream rule of the missing route runs; nothing is created, stored or charged.
 */
const EMPTY_404 = { status: 404, text: '' };
const MARSHALLED = '{"code":5,"description":"empty_response_body","properties":null,"result":""}';

describe('new-api in front of an upstream without the route', () => {
  let mock: RunningMockServer | undefined;
  afterEach(async () => {
    await mock?.close();
  });

  async function start(upstream: 'nz' | 'ta', quota: number) {
    mock = await startMockServer({
      port: 0,
      clock: 'manual',
      config: { imageSize: 64, profile: 'new-api', upstream, keys: ['user'], quotas: { user: quota } },
    });
    const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-user' };
    const call = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(`${mock!.url}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: r.status, text: await r.text() };
    };
    const description = async (method: string, path: string, body?: unknown) =>
      JSON.parse((await call(method, path, body)).text).description as string;
    const state = async () => JSON.parse((await call('GET', '/__mock/state')).text);
    return { call, description, state };
  }

  it("TA change: index, task and status checks first, then the upstream's empty 404; nothing created or charged", async () => {
    const { call, description, state } = await start('ta', 5);
    const grid = JSON.parse((await call('POST', '/mj/submit/imagine', { prompt: 'a cat' })).text).result;
    const running = JSON.parse((await call('POST', '/mj/submit/imagine', { prompt: 'a dog' })).text).result;
    await call('POST', '/__mock/clock/advance', { ms: 120_000 });
    const slow = JSON.parse((await call('POST', '/mj/submit/imagine', { prompt: 'a cow' })).text).result;
    const before = await state();

    expect(await call('POST', '/mj/submit/change', { taskId: grid, action: 'UPSCALE', index: 1 })).toEqual(
      EMPTY_404,
    );
    // The upstream's own index rule never runs: there is no such route upstream.
    expect(await call('POST', '/mj/submit/change', { taskId: grid, action: 'UPSCALE', index: 9 })).toEqual(
      EMPTY_404,
    );
    // The taskId is looked up as sent (no trimming).
    expect(
      await description('POST', '/mj/submit/change', { taskId: ` ${grid}`, action: 'UPSCALE', index: 1 }),
    ).toBe('task_not_found ');
    // new-api's checks, in its order: index, task (per key), status.
    expect(await description('POST', '/mj/submit/change', { taskId: grid, action: 'UPSCALE' })).toBe(
      'index_is_required ',
    );
    expect(
      await description('POST', '/mj/submit/change', {
        taskId: '1234567890123456',
        action: 'UPSCALE',
        index: 9,
      }),
    ).toBe('task_not_found ');
    expect(
      await description('POST', '/mj/submit/change', { taskId: slow, action: 'UPSCALE', index: 1 }),
    ).toBe('task_status_not_success ');
    expect(running).toBeTruthy();

    const after = await state();
    expect(after.counts).toEqual(before.counts);
    expect(after.config.quotas).toEqual(before.config.quotas);
  });

  it('NZ: quota before the forward; swap, upload and video store no file; modal confirms nothing', async () => {
    const { call, description, state } = await start('nz', 1);
    const png = await pngDataUrl();
    const grid = JSON.parse((await call('POST', '/mj/submit/imagine', { prompt: 'a cat' })).text).result;
    await call('POST', '/__mock/clock/advance', { ms: 120_000 });
    const uploadsBefore = (await state()).limits.uploads;
    // Quota is used up (1 → 0 by the imagine): new-api says so before forwarding.
    expect(await description('POST', '/mj/submit/video', { prompt: 'x', image: png })).toBe(
      'quota_not_enough ',
    );
    expect(await description('POST', '/mj/submit/upload-discord-images', { base64Array: [png] })).toBe(
      'quota_not_enough ',
    );
    await call('PATCH', '/__mock/config', { quotas: { user: 10 } });
    for (const [path, body] of [
      ['/mj/submit/upload-discord-images', { base64Array: [png] }],
      ['/mj/submit/video', { prompt: 'x', image: png }],
      // edits has no follow-up branch in the relay: a taskId there is not looked up.
      ['/mj/submit/edits', { prompt: 'x', image: png, taskId: 'not-a-task' }],
      ['/mj/submit/action', { taskId: grid, customId: 'MJ::JOB::upsample::1::x' }],
    ] as const)
      expect(await call('POST', path, body), path).toEqual(EMPTY_404);
    expect(await call('POST', '/mj/insight-face/swap', { sourceBase64: png, targetBase64: png })).toEqual({
      status: 404,
      text: MARSHALLED,
    });
    expect(await call('GET', `/mj/task/${grid}/image-seed`)).toEqual({ status: 200, text: MARSHALLED });
    expect((await state()).limits.uploads).toEqual(uploadsBefore);

    const waiting = JSON.parse(
      (await call('POST', '/__mock/tasks', { status: 'MODAL', action: 'VARIATION', prompt: 'p' })).text,
    ).id;
    expect(await call('POST', '/mj/submit/modal', { taskId: waiting, prompt: 'q' })).toEqual(EMPTY_404);
    expect((await state()).counts.MODAL).toBe(1);
    // An upstream check of a missing route never answers; new-api's own still do.
    expect(await call('POST', '/mj/submit/modal', { taskId: '' })).toEqual(EMPTY_404);
    expect(await description('POST', '/mj/insight-face/swap', { sourceBase64: png })).toBe(
      'sour_base64_and_target_base64_is_required ',
    );
  });
});
