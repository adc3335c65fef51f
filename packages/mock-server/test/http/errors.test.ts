import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';
import { pngDataUrl } from '../support/builders';

const shapeA = (description: string) => ({ code: 4, description, type: 'upstream_error' });

describe('local errors (doc profile: HTTP 400 shape A)', () => {
  it.each([
    ['malformed JSON', '{"prompt": ', 'bind_request_body_failed'],
    ['a JSON array', '[1,2]', 'bind_request_body_failed'],
    ['prompt of the wrong type', '{"prompt": 1}', 'bind_request_body_failed'],
    ['index as a string', '{"prompt": "x", "index": "1"}', 'bind_request_body_failed'],
    ['base64Array not an array', '{"prompt": "x", "base64Array": "data:"}', 'bind_request_body_failed'],
    ['no prompt', '{}', 'prompt_is_required'],
    ['a blank prompt', '{"prompt": "   "}', 'prompt_is_required'],
  ])('%s → %s', async (_name, body, description) => {
    const { http } = testApp();
    const res = await http().post('/mj/submit/imagine').set('content-type', 'application/json').send(body);
    expect(res.status).toBe(400);
    expect(res.body).toEqual(shapeA(description));
  });

  it('parses JSON whatever the content type says, like the gateway binds it', async () => {
    const { http } = testApp();
    const res = await http()
      .post('/mj/submit/imagine')
      .set('content-type', 'text/plain')
      .send('{"prompt":"cat"}');
    expect(res.body.code).toBe(1);
  });

  it('passes the upstream answer through for an image that is not one: 200 envelope base64格式错误', async () => {
    const { http } = testApp();
    for (const base64Array of [['data:image/png;base64,xxx1'], ['<string>']]) {
      const res = await http().post('/mj/submit/imagine').send({ prompt: 'Cat', base64Array }).expect(200);
      expect(res.body).toEqual({ code: 4, description: 'base64格式错误', result: null, properties: {} });
    }
  });

  it('refuses an over-long state or notifyHook as the upstream does (code 4 envelopes)', async () => {
    const { http, mock } = testApp();
    const state = await http()
      .post('/mj/submit/imagine')
      .send({ prompt: 'x', state: 's'.repeat(256) })
      .expect(200);
    expect(state.body).toMatchObject({ code: 4, description: 'State参数过长，最大255字符' });
    const hook = await http()
      .post('/mj/submit/imagine')
      .send({ prompt: 'x', notifyHook: `http://h/${'p'.repeat(2000)}` })
      .expect(200);
    expect(hook.body).toMatchObject({ code: 4, description: 'NotifyHook参数过长，最大2000字符' });
    expect(mock.engine.stats().counts).toEqual({});
    expect(
      (
        await http()
          .post('/mj/submit/imagine')
          .send({ prompt: 'x', state: 's'.repeat(255) })
      ).body.code,
    ).toBe(1);
  });

  it('answers unknown tasks with task_not_found and unknown images in new-api’s shape', async () => {
    const { http } = testApp();
    expect((await http().get('/mj/task/1234567890123456/fetch').expect(400)).body).toEqual(
      shapeA('task_not_found'),
    );
    expect((await http().get('/mj/image/1234567890123456').expect(400)).body).toEqual({
      error: 'midjourney_task_not_found',
    });
    expect((await http().get('/cdn/attachments/1/nope.png').expect(404)).body).toEqual({
      error: 'file_not_found',
    });
  });

  it('list-by-condition: missing ids → [], a body that does not bind → do_request_failed', async () => {
    const { http } = testApp();
    expect((await http().post('/mj/task/list-by-condition').send({}).expect(200)).body).toEqual([]);
    expect((await http().post('/mj/task/list-by-condition').send({ ids: 'x' }).expect(400)).body).toEqual(
      shapeA('do_request_failed'),
    );
  });

  it('refuses a body over the limit with a JSON 413, and unknown routes with a JSON 404', async () => {
    const { http } = testApp({ bodyLimit: '1kb' });
    const big = await http()
      .post('/mj/submit/imagine')
      .send({ prompt: 'x'.repeat(5000) });
    expect(big.status).toBe(413);
    expect(big.body).toEqual(shapeA('request_body_too_large'));
    const missing = await http().get('/mj/submit/nothing').expect(404);
    expect(missing.body).toMatchObject({ code: 4, type: 'upstream_error' });
    expect(missing.body.description).toContain('route_not_found');
  });

  it('charges per-key quota and then answers quota_not_enough', async () => {
    const { http, mock } = testApp({ config: { keys: ['sk-a'], quotas: { 'sk-a': 1 } } });
    const send = () =>
      http().post('/mj/submit/imagine').set('Authorization', 'Bearer sk-a').send({ prompt: 'x' });
    expect((await send()).body.code).toBe(1);
    expect(mock.engine.config().quotas['sk-a']).toBe(0);
    const res = await send();
    expect(res.status).toBe(400);
    expect(res.body).toEqual(shapeA('quota_not_enough'));
  });

  it('charges upload-discord-images too, and stores nothing once the quota is used up', async () => {
    const { http, mock } = testApp({ config: { keys: ['sk-a'], quotas: { 'sk-a': 1 } } });
    const send = async () =>
      http()
        .post('/mj/submit/upload-discord-images')
        .set('Authorization', 'Bearer sk-a')
        .send({ base64Array: [await pngDataUrl()] });
    expect((await send()).body.code).toBe(1);
    expect(mock.engine.config().quotas['sk-a']).toBe(0);
    const stored = mock.uploads.stats();
    const res = await send();
    expect(res.body).toEqual(shapeA('quota_not_enough'));
    expect(mock.uploads.stats()).toEqual(stored);
  });
});

describe('auth', () => {
  const keyed = () => testApp({ config: { keys: ['sk-test'] } });

  it('accepts Bearer (sk- optional) and mj-api-secret, and is open without keys', async () => {
    const { http } = keyed();
    for (const [name, value] of [
      ['Authorization', 'Bearer sk-test'],
      ['Authorization', 'Bearer test'],
      ['mj-api-secret', 'sk-test'],
    ] as const) {
      expect(
        (await http().post('/mj/submit/imagine').set(name, value).send({ prompt: 'x' })).body.code,
        `${name}: ${value}`,
      ).toBe(1);
    }
    expect((await testApp().http().post('/mj/submit/imagine').send({ prompt: 'x' })).body.code).toBe(1);
  });

  it('answers a missing or wrong key with a 401 JSON, on prefixed paths too', async () => {
    const { http } = keyed();
    for (const req of [
      http().post('/mj/submit/imagine').send({ prompt: 'x' }),
      http().post('/mj-fast/mj/submit/imagine').set('Authorization', 'Bearer wrong').send({ prompt: 'x' }),
      http().get('/mj/task/1/fetch').set('mj-api-secret', 'nope'),
    ]) {
      const res = await req;
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { type: 'new_api_error', code: 'invalid_api_key' } });
    }
  });

  it('needs no key for the image proxy', async () => {
    const { http } = keyed();
    const res = await http().get('/mj/image/1');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: 'midjourney_task_not_found' });
  });
});

describe('CORS', () => {
  it('answers preflight and puts CORS headers on every response, errors included', async () => {
    const { http } = testApp({ config: { keys: ['k'] } });
    const pre = await http()
      .options('/mj/submit/imagine')
      .set('Origin', 'http://app.test')
      .set('Access-Control-Request-Headers', 'mj-api-secret, content-type');
    expect(pre.status).toBe(204);
    expect(pre.headers['access-control-allow-headers']).toBe('mj-api-secret, content-type');
    for (const res of [
      await http().post('/mj/submit/imagine').set('Origin', 'http://app.test').send({ prompt: 'x' }),
      await http().get('/nope').set('Origin', 'http://app.test'),
    ]) {
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.headers['access-control-allow-origin']).toBe('http://app.test');
    }
  });
});

describe('forced outcomes over HTTP', () => {
  it('X-Mock-Outcome forces queue-full, banned and an http-error for one request', async () => {
    const { http } = testApp();
    const send = (outcome: string) =>
      http().post('/mj/submit/imagine').set('X-Mock-Outcome', outcome).send({ prompt: 'a cat' });
    expect((await send('queue-full')).body).toMatchObject({ code: 23, result: null });
    // Not the prompt's first word ("a"): the first word of the configured list, as the upstream names one.
    expect((await send('banned')).body).toMatchObject({ code: 24, properties: { bannedWord: 'nude' } });
    const broken = await send('http-error; status=502');
    expect(broken.status).toBe(502);
    expect((await send('teapot')).status).toBe(400);
    expect((await http().post('/mj/submit/imagine').send({ prompt: 'a cat' })).body.code).toBe(1);
  });

  it('rules from the control API match by prompt and count down; fail makes the task fail later', async () => {
    const { http, advance } = testApp();
    await http()
      .post('/__mock/outcomes')
      .send({ outcome: 'fail', reason: 'Banned prompt detected', match: { promptContains: 'dog' } })
      .expect(200);
    const cat = (await http().post('/mj/submit/imagine').send({ prompt: 'a cat' })).body.result;
    const dog = (await http().post('/mj/submit/imagine').send({ prompt: 'a dog' })).body.result;
    const dog2 = (await http().post('/mj/submit/imagine').send({ prompt: 'a dog' })).body.result;
    await advance(20_000);
    const status = async (id: string) => (await http().get(`/mj/task/${id}/fetch`)).body;
    expect((await status(cat)).status).toBe('SUCCESS');
    expect(await status(dog)).toMatchObject({
      status: 'FAILURE',
      failReason: 'Banned prompt detected',
      progress: '',
    });
    expect((await status(dog2)).status).toBe('SUCCESS');
    expect((await http().get('/__mock/outcomes')).body).toEqual([]);
  });
});
