import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

// Routes only one midjourney-proxy variant serves (profiles.md §2), and what they do.
describe('variant-only routes', () => {
  it('NZ /mj/task/list: every task, newest first; /mj/task/queue: running and waiting, oldest first (novicezk TaskController.java)', async () => {
    const { http, advance } = testApp({
      config: { profile: 'midjourney-proxy', upstream: 'nz', concurrency: 1 },
    });
    const ids: string[] = [];
    for (const prompt of ['a', 'b', 'c']) {
      ids.push((await http().post('/mj/submit/imagine').send({ prompt })).body.result);
      await advance(1);
    }
    const list = (await http().get('/mj/task/list').expect(200)).body as { id: string }[];
    expect(list.map((t) => t.id)).toEqual([...ids].reverse());
    expect(list[0]).not.toHaveProperty('buttons');
    const queue = (await http().get('/mj/task/queue').expect(200)).body as { id: string; status: string }[];
    expect(queue.map((t) => [t.id, t.status])).toEqual([
      [ids[0], 'SUBMITTED'],
      [ids[1], 'NOT_START'],
      [ids[2], 'NOT_START'],
    ]);
    // Neither TA route exists in NZ: Spring answers 404.
    expect((await http().post(`/mj/task/${ids[0]}/cancel`)).status).toBe(404);
    expect((await http().post('/mj/task/list-by-ids').send({ ids })).status).toBe(404);
  });

  it('TA /mj/task/:id/cancel fails a waiting task with 取消任务 and frees its place; 200 empty, found or not (trueai TaskController.cs Cancel)', async () => {
    const { http } = testApp({ config: { profile: 'midjourney-proxy', upstream: 'ta', concurrency: 1 } });
    const first = (await http().post('/mj/submit/imagine').send({ prompt: 'a' })).body.result;
    const second = (await http().post('/mj/submit/imagine').send({ prompt: 'b' })).body.result;
    for (const id of [second, first, '1234567890123456']) {
      const res = await http().post(`/mj/task/${id}/cancel`);
      expect([res.status, res.text]).toEqual([200, '']);
    }
    const [a, b] = (
      await http()
        .post('/mj/task/list-by-ids')
        .send({ ids: [first, second] })
        .expect(200)
    ).body;
    expect([a.status, a.failReason, b.status, b.failReason]).toEqual([
      'FAILURE',
      '取消任务',
      'FAILURE',
      '取消任务',
    ]);
    // NZ's queue route does not exist in TA.
    expect((await http().get('/mj/task/queue')).status).toBe(404);
  });

  it('doc and new-api serve none of them (the gateway page and new-api router/relay-router.go)', async () => {
    for (const profile of ['doc', 'new-api'] as const) {
      const { http } = testApp({ config: { profile } });
      expect((await http().get('/mj/task/list')).status, profile).toBe(404);
      expect((await http().get('/mj/task/queue')).status, profile).toBe(404);
      expect((await http().post('/mj/task/1/cancel')).status, profile).toBe(404);
      expect((await http().post('/mj/task/list-by-ids').send({ ids: [] })).status, profile).toBe(404);
    }
  });

  it('tasks are scoped per key: another key gets the profile not-found answer (doc: 400 task_not_found)', async () => {
    const { http } = testApp({ config: { keys: ['k1', 'k2'] } });
    const id = (await http().post('/mj/submit/imagine').set('mj-api-secret', 'k1').send({ prompt: 'a' })).body
      .result;
    expect((await http().get(`/mj/task/${id}/fetch`).set('mj-api-secret', 'k1')).status).toBe(200);
    const other = await http().get(`/mj/task/${id}/fetch`).set('mj-api-secret', 'k2');
    expect(other.status).toBe(400);
    expect(other.body.description).toBe('task_not_found');
    const listed = await http()
      .post('/mj/task/list-by-condition')
      .set('mj-api-secret', 'k2')
      .send({ ids: [id] });
    expect(listed.body).toEqual([]);
  });

  it('PATCH /__mock/config switches profile and upstream; an unknown upstream is a 400', async () => {
    const { http } = testApp();
    const patched = await http()
      .patch('/__mock/config')
      .send({ profile: 'midjourney-proxy', upstream: 'nz' });
    expect(patched.body).toMatchObject({
      profile: 'midjourney-proxy',
      upstream: 'nz',
      newApi: { notifyEnabled: false },
    });
    expect((await http().get('/mj/task/queue')).status).toBe(200);
    expect((await http().patch('/__mock/config').send({ upstream: 'xx' })).status).toBe(400);
  });
});
