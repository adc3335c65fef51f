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
    expect((await http().post('/__mock/clock/advance').send({ ms: -5 })).status).toBe(400);
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

  it('serves the OpenAPI document and a docs page', async () => {
    const { http } = testApp();
    const doc = (await http().get('/openapi.json').expect(200)).body;
    expect(Object.keys(doc.paths)).toContain('/mj/submit/imagine');
    const page = await http().get('/docs').expect(200);
    expect(page.text).toContain('/mj/task/{id}/fetch');
    expect(page.text).toContain('/__mock/clock/advance');
  });
});
