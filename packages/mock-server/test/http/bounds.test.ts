import { describe, expect, it } from 'vitest';
import { testApp } from '../support/app';

/** Issue #12 item 12: every store is bounded as configured, and evictions show in /__mock/state. */
describe('bounded stores, reported in /__mock/state', () => {
  it('evicts the oldest finished tasks past maxTasks and drops journal entries past the journal size', async () => {
    const { http } = testApp({ limits: { maxTasks: 2, requestJournal: 3, notifyJournal: 3, maxBacklog: 5 } });
    const ids: string[] = [];
    for (let i = 0; i < 4; i++)
      ids.push(
        (
          await http()
            .post('/__mock/tasks')
            .send({ prompt: `t${i}` })
        ).body.id,
      );
    const { limits } = (await http().get('/__mock/state').expect(200)).body;
    expect(limits.tasks).toEqual({ max: 2, evictions: 2 });
    expect(limits.requestJournal).toMatchObject({ max: 3, size: 3 });
    expect(limits.requestJournal.dropped).toBe(1); // 4 requests into 3 entries
    expect(limits.notify).toMatchObject({ backlog: 0, dropped: 0 });
    expect((await http().get(`/mj/task/${ids[0]}/fetch`)).status).toBe(400);
    expect((await http().get(`/mj/task/${ids[3]}/fetch`)).status).toBe(200);
  });
});
