import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server';

// new-api's task view over time (profiles.md §1.3), over real loopback HTTP on the manual clock.
// Sources: QuantumNous/new-api relay/mjproxy_handler.go (coverMidjourneyTaskDto), controller/midjourney.go
// (UpdateMidjourneyTaskBulk: 15-s poll, FAILURE progress "100%"), relay/mjproxy_handler.go (GetByMJId per user).
let server: RunningMockServer;
const auth = (key: string) => ({ authorization: `Bearer sk-${key}`, 'content-type': 'application/json' });
// The control API has its own key here: changing `keys` needs it (issue #12 item 2).
const CONTROL_KEY = 'ctlnewapiview';
const ctl = (path: string, method: string, body?: unknown) =>
  fetch(`${server.url}${path}`, {
    method,
    headers: { 'mj-api-secret': CONTROL_KEY, 'content-type': 'application/json' },
    body: method === 'GET' ? undefined : JSON.stringify(body ?? {}),
  }).then(async (r) => {
    if (r.status !== 200) throw new Error(`${path} ${r.status} ${await r.text()}`);
    return (await r.json()) as { clock: { now: number } };
  });
const submit = async (body: unknown, key = 'user') => {
  const res = await fetch(`${server.url}/mj/submit/imagine`, {
    method: 'POST',
    headers: auth(key),
    body: JSON.stringify(body),
  });
  return { status: res.status, type: res.headers.get('content-type'), json: JSON.parse(await res.text()) };
};
const fetchTask = async (id: string, key = 'user') => {
  const res = await fetch(`${server.url}/mj/task/${id}/fetch`, { headers: auth(key) });
  return { status: res.status, text: await res.text() };
};
const advance = (ms: number) => ctl('/__mock/clock/advance', 'POST', { ms });

beforeAll(async () => {
  server = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    clock: 'manual',
    controlKey: CONTROL_KEY,
    config: { imageSize: 64 },
  });
});
afterAll(() => server.close());

describe('new-api task view (profile new-api, upstream ta)', () => {
  it('status "" and times 0 until the relay polls (every 15 s), then the upstream task in the DTO', async () => {
    await ctl('/__mock/reset', 'POST');
    await ctl('/__mock/config', 'PATCH', {
      profile: 'new-api',
      upstream: 'ta',
      keys: ['user', 'other'],
      durations: { imagineMs: 40_000 },
    });
    // Align to a poll tick so the story does not depend on the epoch's phase.
    const now = (await ctl('/__mock/state', 'GET')).clock.now;
    await advance(15_000 - (now % 15_000) + 1);
    const answer = await submit({ prompt: 'a red fox' });
    expect(answer).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8', json: { code: 1 } });
    const id = answer.json.result as string;
    const early = JSON.parse((await fetchTask(id)).text);
    expect(early).toMatchObject({
      id,
      action: 'IMAGINE',
      status: '',
      progress: '0%',
      startTime: 0,
      finishTime: 0,
      imageUrl: '',
      buttons: null,
      properties: null,
      prompt: 'a red fox',
    });
    // The upstream runs already, but new-api has not polled yet.
    await advance(6_000);
    expect(JSON.parse((await fetchTask(id)).text).status).toBe('');
    // First poll (15 s): IN_PROGRESS, the image proxied by new-api with a ?rand= nonce.
    await advance(9_000);
    const mid = JSON.parse((await fetchTask(id)).text);
    expect(mid.status).toBe('IN_PROGRESS');
    expect(mid.startTime).toBeGreaterThan(0);
    expect(mid.imageUrl).toMatch(new RegExp(`^${server.url}/mj/image/${id}\\?rand=\\d+$`));
    await advance(30_000);
    const done = JSON.parse((await fetchTask(id)).text);
    expect(done.status).toBe('SUCCESS');
    expect(done.imageUrl).toBe(`${server.url}/mj/image/${id}`);
    expect(done.properties).toEqual({ finalPrompt: expect.any(String), finalZhPrompt: '' });
    expect(done.buttons).toHaveLength(9);
    // Another key's task is not found (shape A with the trailing space).
    expect(await fetchTask(id, 'other')).toEqual({
      status: 400,
      text: '{"code":4,"description":"task_no_found ","type":"upstream_error"}',
    });
    const img = await fetch(`${server.url}/mj/image/${id}`);
    expect([img.status, img.headers.get('content-type')]).toEqual([200, 'image/png']);
    await img.arrayBuffer();
  });

  it('TA upstream: a banned prompt is accepted (code 1) and the task fails later with 可能包含敏感词, progress 100%', async () => {
    await ctl('/__mock/reset', 'POST');
    await ctl('/__mock/config', 'PATCH', { profile: 'new-api', upstream: 'ta', bannedWords: ['forbidden'] });
    const answer = await submit({ prompt: 'a forbidden thing' });
    expect(answer.json.code).toBe(1);
    await advance(60_000);
    const task = JSON.parse((await fetchTask(answer.json.result)).text);
    expect(task).toMatchObject({ status: 'FAILURE', progress: '100%', failReason: '可能包含敏感词' });
    // NZ upstream: 24 at submit, passed through.
    await ctl('/__mock/config', 'PATCH', { upstream: 'nz' });
    expect((await submit({ prompt: 'a forbidden thing' })).json).toMatchObject({ code: 24, result: null });
  });

  it('notifyHook is stripped unless newApi.notifyEnabled (MjNotifyEnabled)', async () => {
    await ctl('/__mock/reset', 'POST');
    await ctl('/__mock/config', 'PATCH', { profile: 'new-api', upstream: 'ta', keys: ['user'] });
    const sent = () => {
      const s = server.mock.notifier.stats();
      return s.backlog + s.inFlight + s.delivered + s.dropped;
    };
    const before = sent();
    await submit({ prompt: 'quiet', notifyHook: 'http://127.0.0.1:9/hook' });
    await advance(20_000);
    expect(sent()).toBe(before);
    await ctl('/__mock/config', 'PATCH', { newApi: { notifyEnabled: true } });
    await submit({ prompt: 'loud', notifyHook: 'http://127.0.0.1:9/hook' });
    expect(sent()).toBeGreaterThan(before);
  });
});
