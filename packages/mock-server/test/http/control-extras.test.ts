import { MockHealthSchema, RequestLogEntrySchema, TaskPageSchema } from '@mjkit/contract';
import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

/** Issue 14 point 10, mock side: the control API's small things, over real HTTP in-process. */
describe('control API extras', () => {
  it('PATCH /__mock/config rejects unknown keys at any level, naming them, and changes nothing', async () => {
    const { http } = testApp();
    const before = (await http().get('/__mock/config').expect(200)).body;
    const bad = await http().patch('/__mock/config').send({ concurrncy: 2 }).expect(400);
    expect(bad.body).toMatchObject({ code: 4, description: expect.stringContaining('concurrncy') });
    const nested = await http()
      .patch('/__mock/config')
      .send({ durations: { imagineMS: 1 } });
    expect(nested.status).toBe(400);
    expect(nested.body.description).toContain('imagineMS');
    expect((await http().get('/__mock/config').expect(200)).body).toEqual(before);
  });

  it('filters the request journal by route, taskId and since, and clears it alone', async () => {
    const { http, advance } = testApp();
    const a = (await http().post('/mj/submit/imagine').send({ prompt: 'a cat' })).body.result as string;
    const b = (await http().post('/mj/submit/imagine').send({ prompt: 'a dog' })).body.result as string;
    await advance(5_000);
    const since = (await http().get('/__mock/state')).body.clock.now as number;
    await http().get(`/mj/task/${a}/fetch`).expect(200);
    await http().get(`/mj/task/${b}/fetch`).expect(200);
    await http().post('/mj/submit/action').send({ taskId: a, customId: 'nope' });

    const journal = async (q: string) =>
      ((await http().get(`/__mock/requests?${q}`).expect(200)).body as unknown[]).map((e) =>
        RequestLogEntrySchema.parse(e),
      );
    const fetches = await journal('route=fetchTask');
    expect(fetches.map((e) => e.taskId)).toEqual([a, b]);
    expect(await journal('route=%2Fmj%2Fsubmit%2Fimagine')).toHaveLength(2);
    expect((await journal(`taskId=${a}`)).map((e) => e.route)).toEqual(['imagine', 'fetchTask', 'action']);
    expect((await journal(`since=${since}`)).map((e) => e.route)).toEqual(
      expect.arrayContaining(['fetchTask', 'fetchTask', 'action']),
    );
    expect((await journal(`since=${since}`)).some((e) => e.route === 'imagine')).toBe(false);
    expect((await http().get('/__mock/requests?since=-1')).status).toBe(400);

    const tasksBefore = (await http().get('/__mock/state')).body.counts;
    const cleared = await http().delete('/__mock/requests').expect(200);
    expect(cleared.body.cleared).toBeGreaterThanOrEqual(7);
    expect(await journal('')).toEqual([]);
    expect((await http().get('/__mock/state')).body.counts).toEqual(tasksBefore);
    expect((await journal('')).map((e) => `${e.method} ${e.path}`)).toEqual(['GET /__mock/state']);
  });

  it('GET /__mock/tasks lists tasks oldest first, paged, filtered by status', async () => {
    const { http, advance } = testApp({ config: { concurrency: 1 } });
    const ids: string[] = [];
    for (const prompt of ['one', 'two', 'three'])
      ids.push((await http().post('/mj/submit/imagine').send({ prompt })).body.result);
    await advance(10_500); // the first finishes, the second starts
    const page = TaskPageSchema.parse((await http().get('/__mock/tasks?limit=2').expect(200)).body);
    expect(page).toMatchObject({ total: 3, offset: 0, limit: 2 });
    expect(page.tasks.map((t) => t.id)).toEqual(ids.slice(0, 2));
    const next = TaskPageSchema.parse((await http().get('/__mock/tasks?limit=2&offset=2')).body);
    expect(next.tasks.map((t) => t.id)).toEqual([ids[2]]);
    const done = TaskPageSchema.parse((await http().get('/__mock/tasks?status=SUCCESS')).body);
    expect(done.total).toBe(1);
    expect(done.tasks[0]).toMatchObject({ id: ids[0], status: 'SUCCESS', progress: '100%' });
    expect((await http().get('/__mock/tasks?status=DONE')).status).toBe(400);
    expect((await http().get('/__mock/tasks?limit=501')).status).toBe(400);
  });

  it('keeps a seeded task’s imageUrl, in a finished and a running status', async () => {
    const { http } = testApp();
    const imageUrl = 'https://cdn.example.com/cat.png';
    const done = (await http().post('/__mock/tasks').send({ prompt: 'cat', imageUrl }).expect(200)).body;
    expect(done).toMatchObject({ status: 'SUCCESS', imageUrl });
    expect((await http().get(`/mj/task/${done.id}/fetch`)).body.imageUrl).toBe(imageUrl);
    const running = await http()
      .post('/__mock/tasks')
      .send({ status: 'IN_PROGRESS', progress: '40%', imageUrl })
      .expect(200);
    expect(running.body.imageUrl).toBe(imageUrl);
  });

  it('a forced banned outcome names the word it matched, or the one given as reason', async () => {
    const { http } = testApp();
    await http()
      .post('/__mock/outcomes')
      .send({ outcome: 'banned', match: { promptContains: 'dragon' } })
      .expect(200);
    const res = await http().post('/mj/submit/imagine').send({ prompt: 'a red Dragon at dawn' });
    expect(res.body).toMatchObject({ code: 24, properties: { bannedWord: 'Dragon' } });
    await http().post('/__mock/outcomes').send({ outcome: 'banned', reason: 'gore' }).expect(200);
    const reasoned = await http().post('/mj/submit/imagine').send({ prompt: 'a cat' });
    expect(reasoned.body.properties.bannedWord).toBe('gore');
  });

  it('GET /__mock/health answers name, version, profile, clock and task count', async () => {
    const { http } = testApp();
    await http().post('/__mock/tasks').send({}).expect(200);
    const health = MockHealthSchema.parse((await http().get('/__mock/health').expect(200)).body);
    expect(health).toMatchObject({ status: 'ok', name: 'mjkit-mock', clock: 'manual', tasks: 1 });
    expect(health.version).toMatch(/^\d+\.\d+\.\d+/);
  });
});
