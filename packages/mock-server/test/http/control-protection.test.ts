import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

/**
 * The control API's protection (issue #12 item 2, DESIGN.md §3): keys never shown, `--control-key`,
 * API-key callers scoped, JSON-only bodies, loopback CORS, the Host check, no Allow-Credentials, and
 * tasks scoped to the key that created them.
 */
const A = 'sk-alice-key';
const B = 'sk-bob-key';
const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

describe('control API protection', () => {
  it('never shows keys: state and config carry fingerprints, a PATCH round trip keeps the keys', async () => {
    const { http, mock } = testApp({ config: { keys: [A, B] }, controlKey: 'ctl' });
    const state = await http().get('/__mock/state').set(bearer('ctl')).expect(200);
    const text = JSON.stringify(state.body);
    expect(text).not.toContain(A);
    expect(text).not.toContain('alice');
    expect(state.body.config.keys).toHaveLength(2);
    for (const k of state.body.config.keys) expect(k).toMatch(/^key:[0-9a-f]{8}$/);
    const config = (await http().get('/__mock/config').set(bearer('ctl')).expect(200)).body;
    expect(JSON.stringify(config)).not.toContain(A);
    await http().patch('/__mock/config').set(bearer('ctl')).send(config).expect(200);
    expect(mock.engine.config().keys).toEqual([A, B]);
  });

  it('with --control-key: only that key drives it (401 shape B otherwise, API keys included)', async () => {
    const { http } = testApp({ config: { keys: [A] }, controlKey: 'ctl-secret' });
    const none = await http().get('/__mock/state');
    expect(none.status).toBe(401);
    expect(none.body.error.code).toBe('invalid_api_key');
    expect((await http().get('/__mock/state').set(bearer(A))).status).toBe(401);
    expect((await http().post('/__mock/reset').set(bearer('wrong'))).status).toBe(401);
    expect((await http().get('/__mock/state').set({ 'mj-api-secret': 'ctl-secret' })).status).toBe(200);
    await http().patch('/__mock/config').set(bearer('ctl-secret')).send({ keys: [] }).expect(200);
  });

  it('with API keys and no control key: needs an API key, scopes journals, refuses keys changes', async () => {
    const { http } = testApp({ config: { keys: [A, B] } });
    expect((await http().get('/__mock/state')).status).toBe(401);
    await http()
      .post('/mj/submit/imagine')
      .set(bearer(A))
      .send({ prompt: 'alice secret prompt' })
      .expect(200);
    await http().post('/mj/submit/imagine').set(bearer(B)).send({ prompt: 'bob prompt' }).expect(200);
    const seen = (await http().get('/__mock/requests').set(bearer(B)).expect(200)).body;
    expect(JSON.stringify(seen)).not.toContain('alice');
    expect(JSON.stringify(seen)).toContain('bob prompt');
    const refused = await http().patch('/__mock/config').set(bearer(A)).send({ keys: [] });
    expect(refused.status).toBe(403);
    expect(refused.body.description).toMatch(/^control_forbidden/);
    await http().patch('/__mock/config').set(bearer(A)).send({ concurrency: 2 }).expect(200);
  });

  it('only a fully open mock has an open control API', async () => {
    const { http } = testApp();
    await http().get('/__mock/state').expect(200);
  });

  it('requires a JSON content type on control bodies (a text/plain POST needs no preflight)', async () => {
    const { http } = testApp();
    const plain = await http()
      .post('/__mock/clock')
      .set('content-type', 'text/plain')
      .send('{"mode":"real"}');
    expect(plain.status).toBe(415);
    await http().post('/__mock/reset').expect(200); // no body: nothing to forge
  });

  it('answers control CORS to loopback origins only, unless --cors-origin; never Allow-Credentials', async () => {
    const { http } = testApp();
    const local = await http().get('/__mock/state').set('Origin', 'http://localhost:5173').expect(200);
    expect(local.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    const evil = await http().post('/__mock/reset').set('Origin', 'https://evil.example').send({});
    expect(evil.status).toBe(403);
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
    const pre = await http().options('/__mock/reset').set('Origin', 'https://evil.example');
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
    const gateway = await http().get('/mj/task/1/fetch').set('Origin', 'https://evil.example');
    expect(gateway.headers['access-control-allow-origin']).toBe('https://evil.example');
    for (const r of [local, evil, pre, gateway])
      expect(r.headers['access-control-allow-credentials']).toBeUndefined();
    const allowed = testApp({ corsOrigins: ['https://app.example'] });
    const ok = await allowed.http().get('/__mock/state').set('Origin', 'https://app.example').expect(200);
    expect(ok.headers['access-control-allow-origin']).toBe('https://app.example');
  });

  it('checks Host against DNS rebinding: loopback, the public URL and --allowed-host pass', async () => {
    const { http } = testApp({ allowedHosts: ['mock.internal'], publicUrl: 'https://mj.example.test' });
    const rebind = await http().get('/__mock/state').set('Host', 'attacker.example:8080');
    expect(rebind.status).toBe(403);
    expect(rebind.body.description).toMatch(/^host_not_allowed/);
    for (const host of ['127.0.0.1:8080', 'localhost', '[::1]:80', 'mock.internal:8080'])
      expect((await http().get('/').set('Host', host)).status, host).toBe(200);
  });
});

describe('clock advance scoped to the caller', () => {
  it("an API-key caller sees only its own tasks' events; the control key sees all", async () => {
    const { http } = testApp({ config: { keys: [A, B] }, controlKey: 'ctl' });
    const a = (await http().post('/mj/submit/imagine').set(bearer(A)).send({ prompt: 'a' })).body.result;
    const b = (await http().post('/mj/submit/imagine').set(bearer(B)).send({ prompt: 'b' })).body.result;
    expect(a).not.toBe(b);
    const scoped = testApp({ config: { keys: [A, B] } });
    const mine = (await scoped.http().post('/mj/submit/imagine').set(bearer(A)).send({ prompt: 'a' })).body
      .result;
    await scoped.http().post('/mj/submit/imagine').set(bearer(B)).send({ prompt: 'b' });
    const seen = (
      await scoped.http().post('/__mock/clock/advance').set(bearer(A)).send({ ms: 1000 }).expect(200)
    ).body;
    expect(seen.events.map((e: { taskId: string }) => e.taskId)).toEqual([mine]);
    expect(seen.eventCount).toBe(1);
    const all = (await http().post('/__mock/clock/advance').set(bearer('ctl')).send({ ms: 1000 }).expect(200))
      .body;
    expect(new Set(all.events.map((e: { taskId: string }) => e.taskId))).toEqual(new Set([a, b]));
  });
});

describe('tasks scoped to the key that created them', () => {
  it("another key's fetch, list, action and image-seed get the not-found answer", async () => {
    const { http, advance } = testApp({ config: { keys: [A, B] } });
    const id = (await http().post('/mj/submit/imagine').set(bearer(A)).send({ prompt: 'cat' })).body.result;
    await advance(60_000).catch(() => undefined);
    expect((await http().get(`/mj/task/${id}/fetch`).set(bearer(A))).status).toBe(200);
    const other = await http().get(`/mj/task/${id}/fetch`).set(bearer(B));
    expect([other.status, other.body.description]).toEqual([400, 'task_not_found']);
    const list = await http()
      .post('/mj/task/list-by-condition')
      .set(bearer(B))
      .send({ ids: [id] });
    expect(list.body).toEqual([]);
    const action = await http()
      .post('/mj/submit/action')
      .set(bearer(B))
      .send({ taskId: id, customId: `MJ::JOB::upsample::1::${id}` });
    expect(JSON.stringify(action.body)).toMatch(/not_found|不存在/);
    expect((await http().get(`/mj/task/${id}/image-seed`).set(bearer(B))).status).toBe(400);
  });

  it('seeded tasks belong to the caller, or to the given owner; control-key seeds are everyone’s', async () => {
    const { http } = testApp({ config: { keys: [A, B] }, controlKey: 'ctl' });
    const forB = (await http().post('/__mock/tasks').set(bearer('ctl')).send({ owner: B }).expect(200)).body
      .id;
    expect((await http().get(`/mj/task/${forB}/fetch`).set(bearer(B))).status).toBe(200);
    expect((await http().get(`/mj/task/${forB}/fetch`).set(bearer(A))).status).toBe(400);
    const shared = (await http().post('/__mock/tasks').set(bearer('ctl')).send({}).expect(200)).body.id;
    expect((await http().get(`/mj/task/${shared}/fetch`).set(bearer(A))).status).toBe(200);
    const scoped = testApp({ config: { keys: [A, B] } });
    const mine = (await scoped.http().post('/__mock/tasks').set(bearer(A)).send({}).expect(200)).body.id;
    expect((await scoped.http().get(`/mj/task/${mine}/fetch`).set(bearer(B))).status).toBe(400);
    expect((await scoped.http().get(`/mj/task/${mine}/fetch`).set(bearer(A))).status).toBe(200);
  });
});

describe('control inputs validated with the contract schemas (#12 item 14)', () => {
  it('refuses a seeded progress that is no NN% and a clock speed that would outgrow task ids', async () => {
    const { http } = testApp();
    const progress = await http().post('/__mock/tasks').send({ progress: 'abc' });
    expect(progress.status).toBe(400);
    expect(progress.body.description).toContain('progress');
    const speed = await http().post('/__mock/clock').send({ speed: 1e12 });
    expect(speed.status).toBe(400);
    expect(speed.body.description).toContain('speed');
    await http().post('/__mock/clock').send({ speed: 1000 }).expect(200);
  });
});
