import { MockStateSchema, TaskSchema } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

describe('control API /__mock', () => {
  it('reports state: clock, config, counts and queue', async () => {
    const { http } = testApp({ config: { concurrency: 1 } });
    await http().post('/mj/submit/imagine').send({ prompt: 'a' });
    await http().post('/mj/submit/imagine').send({ prompt: 'b' });
    const state = MockStateSchema.parse((await http().get('/__mock/state').expect(200)).body);
    expect(state).toMatchObject({ running: 1, queued: 1, counts: { SUBMITTED: 1, NOT_START: 1 } });
    expect(state.clock).toMatchObject({ mode: 'manual', now: 1_735_689_600_000 });
  });

  it('advances the manual clock and returns the events that fired, in order', async () => {
    const { http } = testApp();
    const id = (await http().post('/mj/submit/imagine').send({ prompt: 'a' })).body.result;
    const { body } = await http().post('/__mock/clock/advance').send({ ms: 1000 }).expect(200);
    expect(body.events).toEqual([
      { type: 'status', at: 1_735_689_601_000, taskId: id, status: 'IN_PROGRESS', progress: '0%' },
    ]);
    expect(body.clock.now).toBe(1_735_689_601_000);
    expect(body).toMatchObject({ eventCount: 1, truncated: false });
    expect((await http().post('/__mock/clock/advance').send({ ms: -5 })).status).toBe(400);
  });

  it('lists at most maxEvents events (default 1 000) and counts them all', async () => {
    const { http } = testApp({ config: { concurrency: 50, queueSize: 0 } });
    for (let i = 0; i < 50; i++)
      await http()
        .post('/mj/submit/imagine')
        .send({ prompt: `cat ${i}` });
    const first = (await http().post('/__mock/clock/advance').send({ ms: 1000, maxEvents: 10 }).expect(200))
      .body;
    expect(first.events).toHaveLength(10);
    expect(first).toMatchObject({ eventCount: 50, truncated: true });
    // The default bound: 50 tasks × ~8 changes each stay under 1 000 and are all listed.
    const rest = (await http().post('/__mock/clock/advance').send({ ms: 120_000 }).expect(200)).body;
    expect(rest.events).toHaveLength(rest.eventCount);
    expect(rest.eventCount).toBeGreaterThan(300);
    expect(rest.truncated).toBe(false);
    const none = (await http().post('/__mock/clock/advance').send({ ms: 1, maxEvents: 0 }).expect(200)).body;
    expect(none).toMatchObject({ events: [], truncated: false });
    expect((await http().post('/__mock/clock/advance').send({ ms: 1, maxEvents: 100_001 })).status).toBe(400);
  });

  it('switches between manual and real time and changes speed', async () => {
    const { http } = testApp();
    expect(
      (await http().post('/__mock/clock').send({ mode: 'real', speed: 10 }).expect(200)).body,
    ).toMatchObject({ mode: 'real', speed: 10 });
    expect((await http().post('/__mock/clock').send({ speed: 0 })).status).toBe(400);
    expect((await http().post('/__mock/clock').send({ mode: 'manual' }).expect(200)).body.mode).toBe(
      'manual',
    );
  });

  it('patches config (pool, banned words, durations) and validates it', async () => {
    const { http } = testApp();
    const patched = await http()
      .patch('/__mock/config')
      .send({ concurrency: 5, bannedWords: ['cat'], durations: { imagineMs: 2000 } })
      .expect(200);
    expect(patched.body).toMatchObject({
      concurrency: 5,
      bannedWords: ['cat'],
      durations: { imagineMs: 2000, upscaleMs: 4000 },
    });
    expect((await http().post('/mj/submit/imagine').send({ prompt: 'a cat' })).body.code).toBe(24);
    const bad = await http().patch('/__mock/config').send({ concurrency: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.description).toContain('concurrency');
  });

  it('seeds a SUCCESS task that fetch serves, resets, and journals requests', async () => {
    const { http } = testApp();
    const seeded = TaskSchema.parse(
      (await http().post('/__mock/tasks').send({ prompt: 'seeded' }).expect(200)).body,
    );
    expect((await http().get(`/mj/task/${seeded.id}/fetch`).expect(200)).body.status).toBe('SUCCESS');
    const journal = (await http().get('/__mock/requests?limit=5').expect(200)).body;
    expect(journal.at(-1)).toMatchObject({ method: 'GET', path: `/mj/task/${seeded.id}/fetch`, status: 200 });
    await http().post('/__mock/reset').expect(200);
    expect((await http().get(`/mj/task/${seeded.id}/fetch`)).status).toBe(400);
  });

  it('can be turned off', async () => {
    const { http } = testApp({ control: false });
    expect((await http().get('/__mock/state')).status).toBe(404);
  });

  it('serves the OpenAPI document and the Swagger UI docs with servers pointing at the mock', async () => {
    const { http } = testApp();
    const doc = (await http().get('/openapi.json').expect(200)).body;
    expect(Object.keys(doc.paths)).toContain('/mj/submit/imagine');
    const page = await http().get('/docs').set('Host', 'mock.test:9001').expect(200);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.text).toContain('/docs/assets/swagger-ui-bundle.js');
    const init = (await http().get('/docs/swagger-initializer.js').expect(200)).text;
    expect(init).toContain('/docs/specs/mock-control.json');
    const spec = (await http().get('/docs/specs/gateway.json').set('Host', 'mock.test:9001').expect(200))
      .body;
    expect(spec.servers[0].url).toBe('http://mock.test:9001');
    const js = await http().get('/docs/assets/swagger-ui-bundle.js').expect(200);
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('points the docs servers at --public-url and hides the control document with --no-control', async () => {
    const { http } = testApp({ publicUrl: 'https://mj.example.com/', control: false });
    const spec = (await http().get('/docs/specs/gateway.json').expect(200)).body;
    expect(spec.servers[0].url).toBe('https://mj.example.com');
    expect(spec.servers.map((s: { url: string }) => s.url)).toContain('https://mj.example.com/mj-relax');
    expect((await http().get('/docs/swagger-initializer.js').expect(200)).text).not.toContain('mock-control');
    expect((await http().get('/docs/specs/mock-control.json')).status).toBe(404);
  });

  it('without a docs UI (fetch adapter, docsUi: false) /docs lists the documents as JSON', async () => {
    const { http } = testApp({ docsUi: false });
    const body = (await http().get('/docs').expect(200)).body;
    expect(body.documents.map((d: { url: string }) => d.url)).toEqual([
      '/openapi.json',
      '/openapi/mock-control.json',
    ]);
  });
});
