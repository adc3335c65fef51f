import { fileURLToPath } from 'node:url';
import { type RunningMockServer, startMockServer } from '@mjkit/mock-server/node';
import { afterEach, describe, expect, it } from 'vitest';
import { createMjClient, pressButton } from '../src';
import { createMockControl, MockControlError } from '../src/control';

const gallery = fileURLToPath(new URL('../../../examples/fixtures/gallery.json', import.meta.url));

let server: RunningMockServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** The ids of the mock's tasks by their `state`, read from its snapshot. */
async function idsByState(url: string): Promise<Map<string | null, string>> {
  const snapshot = await createMockControl(url).getSnapshot();
  return new Map(
    snapshot.engine.tasks.map((r) => {
      const task = r.task as { id: string; state?: string | null };
      return [task.state ?? null, task.id];
    }),
  );
}

describe('snapshots and fixtures through the control client (issue 17)', () => {
  it('starts from examples/fixtures/gallery.json, whose tasks the client presses buttons on', async () => {
    server = await startMockServer({
      port: 0,
      clock: 'manual',
      fixtures: gallery,
      config: { imageSize: 64 },
    });
    const control = createMockControl(server.url);
    const mj = createMjClient({ baseUrl: server.url });
    const ids = await idsByState(server.url);
    const grid = await mj.fetchTask(ids.get('gallery-1')!);
    expect(grid.status).toBe('SUCCESS');

    const { taskId } = await pressButton(mj, grid, 'U2');
    await control.advance(60_000);
    const upscaled = await mj.fetchTask(taskId);
    expect(upscaled).toMatchObject({ action: 'UPSCALE', status: 'SUCCESS' });
    const varied = await pressButton(mj, upscaled, 'Vary (Strong)');
    expect(varied.taskId).toMatch(/^\d{16}$/);

    // The MODAL task resumes through /submit/modal and runs to the end.
    const modal = ids.get('waiting-for-modal')!;
    expect((await mj.fetchTask(modal)).status).toBe('MODAL');
    await mj.modal({ taskId: modal, prompt: 'a lighthouse, wider' });
    await control.advance(60_000);
    expect((await mj.fetchTask(modal)).status).toBe('SUCCESS');
  });

  it('export → reset → import gives identical fetch answers; a bad document is refused, located', async () => {
    server = await startMockServer({
      port: 0,
      clock: 'manual',
      // The whole-state routes need the control key, not an API key (issue #12 item 2).
      controlKey: 'snapshot-control',
      config: { imageSize: 64, keys: ['sk-snapshot-secret'] },
    });
    const control = createMockControl(server.url, 'snapshot-control');
    const mj = createMjClient({ baseUrl: server.url, apiKey: 'sk-snapshot-secret' });
    const ids: string[] = [];
    for (const prompt of ['one', 'two', 'three', 'four'])
      ids.push((await mj.imagine({ prompt: `a snapshot ${prompt}` })).taskId);
    await control.advance(4_000); // some running, some queued
    await control.addOutcome({ outcome: 'fail', reason: 'kept across import' });
    const answers = async () => Promise.all(ids.map((id) => mj.fetchTask(id)));
    const before = await answers();

    const snapshot = await control.getSnapshot();
    expect(JSON.stringify(snapshot)).not.toContain('sk-snapshot-secret');
    await control.reset();
    expect(await mj.fetchTask(ids[0]!).catch((e: unknown) => e)).toBeInstanceOf(Error);

    const state = await control.putSnapshot(snapshot);
    expect(state.queued + state.running).toBeGreaterThan(0);
    expect(await answers()).toEqual(before);
    expect(await control.listOutcomes()).toMatchObject([{ outcome: 'fail', reason: 'kept across import' }]);
    // Time goes on the same way after the import: every task finishes.
    await control.advance(120_000);
    expect((await answers()).map((t) => t.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);

    const broken = structuredClone(snapshot) as unknown as {
      engine: { tasks: { task: { status: string } }[] };
    };
    broken.engine.tasks[2]!.task.status = 'DONE';
    const refused = await control.putSnapshot(broken as never).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MockControlError);
    expect(JSON.stringify((refused as MockControlError).body)).toContain('engine.tasks[2].task.status');
    expect((await answers()).map((t) => t.status)).toEqual(['SUCCESS', 'SUCCESS', 'SUCCESS', 'SUCCESS']);
  });
});
