import { afterEach, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node';

/**
 * new-api forwards to the same path on its upstream (relay/mjproxy_handler.go); trueai has no
 * /submit/change, so the relay's forward gets an empty 404 and answers empty_response_body (code 5)
 * before it inserts a task or charges quota (service/midjourney.go DoPreparedMidjourneyHttpRequest).
 */
describe('new-api in front of an upstream without the route', () => {
  let mock: RunningMockServer | undefined;
  afterEach(async () => {
    await mock?.close();
  });

  it('creates no task and charges no quota; its own checks still come first', async () => {
    mock = await startMockServer({
      port: 0,
      clock: 'manual',
      config: { imageSize: 64, profile: 'new-api', upstream: 'ta', keys: ['user'], quotas: { user: 5 } },
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
    const imagine = JSON.parse((await call('POST', '/mj/submit/imagine', { prompt: 'a cat' })).text);
    await call('POST', '/__mock/clock/advance', { ms: 120_000 });
    const before = JSON.parse((await call('GET', '/__mock/state')).text);

    const change = await call('POST', '/mj/submit/change', {
      taskId: imagine.result,
      action: 'UPSCALE',
      index: 1,
    });
    expect(change).toEqual({
      status: 400,
      text: '{"code":5,"description":"empty_response_body ","type":"upstream_error"}',
    });
    // An upstream check of a route trueai does not have is never reached either.
    const badIndex = await call('POST', '/mj/submit/change', {
      taskId: imagine.result,
      action: 'UPSCALE',
      index: 9,
    });
    expect(JSON.parse(badIndex.text).description).toBe('empty_response_body ');
    // new-api's own check, before the forward.
    const unknown = await call('POST', '/mj/submit/change', {
      taskId: '1234567890123456',
      action: 'UPSCALE',
      index: 1,
    });
    expect(JSON.parse(unknown.text).description).toBe('task_not_found ');

    const after = JSON.parse((await call('GET', '/__mock/state')).text);
    expect(after.counts).toEqual(before.counts);
    expect(after.config.quotas).toEqual(before.config.quotas);
    // The same request through an upstream that has the route creates a task and charges one unit.
    const action = await call('POST', '/mj/submit/action', {
      taskId: imagine.result,
      customId: (JSON.parse((await call('GET', `/mj/task/${imagine.result}/fetch`)).text).buttons ?? [])[0]
        ?.customId,
    });
    expect(action.status).toBe(200);
    const charged = JSON.parse((await call('GET', '/__mock/state')).text);
    expect(Object.values(charged.config.quotas)).toEqual([3]); // imagine and action, not the changes
    expect(charged.counts).not.toEqual(before.counts);
  });
});
