import { describe, expect, it } from 'vitest';
import { createFetchHandler } from '../adapters/fetch-handler';
import { createMock } from './create-mock';

const post = (path: string, body: unknown) =>
  new Request(`http://mock.test${path}`, { method: 'POST', body: JSON.stringify(body) });

describe('mock snapshot/restore (issue #11, for #17)', () => {
  it('round-trips through JSON: same fetch answers, and tasks in flight go on the same way', async () => {
    const a = createMock({ clock: 'manual', config: { imageSize: 64, concurrency: 1 } });
    const handleA = createFetchHandler(a);
    const ids: string[] = [];
    for (const prompt of ['one', 'two'])
      ids.push(
        ((await (await handleA(post('/mj/submit/imagine', { prompt }))).json()) as { result: string }).result,
      );
    a.clock.advance(3_000);
    const batches: string[][] = [];
    a.onBatch((b) => batches.push(b.taskIds));
    a.engine.sync();
    const snapshot = JSON.parse(JSON.stringify(a.snapshot()));
    expect(snapshot.engine.tasks).toHaveLength(2);
    expect(snapshot.engine.queue).toEqual([ids[1]]);
    expect(JSON.stringify(snapshot)).not.toContain('http://mock.test');

    const b = createMock({ clock: 'manual', config: { imageSize: 64 } });
    b.restore(snapshot);
    const handleB = createFetchHandler(b);
    const fetchBoth = async (id: string) =>
      Promise.all(
        [handleA, handleB].map(
          async (h) =>
            (await (await h(new Request(`http://mock.test/mj/task/${id}/fetch`))).json()) as {
              status: string;
            },
        ),
      );
    for (const id of ids) {
      const [x, y] = await fetchBoth(id);
      expect(y).toEqual(x);
    }
    a.clock.advance(60_000);
    b.clock.advance(60_000);
    for (const id of ids) {
      const [x, y] = await fetchBoth(id);
      expect(y).toEqual(x);
      expect(y?.status).toBe('SUCCESS');
    }
    expect(batches.flat().length).toBeGreaterThan(0);
  });

  it('copies the snapshot on restore, or adopts its records with { adopt: true }', () => {
    const a = createMock({ clock: 'manual', config: { imageSize: 64 } });
    a.engine.seed({ prompt: 'kept' });
    const copied = JSON.parse(JSON.stringify(a.snapshot()));
    const adopted = JSON.parse(JSON.stringify(a.snapshot()));
    const b = createMock({ clock: 'manual', config: { imageSize: 64 } });
    b.restore(copied);
    const id = copied.engine.tasks[0].task.id;
    expect(b.engine.record(id)).not.toBe(copied.engine.tasks[0]);
    expect(b.engine.record(id)).toEqual(copied.engine.tasks[0]);
    const c = createMock({ clock: 'manual', config: { imageSize: 64 } });
    c.restore(adopted, { adopt: true });
    expect(c.engine.record(id)).toBe(adopted.engine.tasks[0]);
    expect(c.engine.get(id)?.prompt).toBe('kept');
  });
});
