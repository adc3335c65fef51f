import { findButton } from '@mjkit/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// The unmodified client, from its sources (a workspace dependency on it would make a package cycle).
import { createMjClient, pressButton, waitForTask } from '../../../client/src/index';
import { createMock } from '../../src/index';
import { mjkitHandlers } from '../../src/msw';

const baseUrl = 'http://mj.msw.test';
const mock = createMock({ clock: 'manual', config: { imageSize: 64 } });
const server = setupServer(...mjkitHandlers(mock, { baseUrl }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

/** Waiting moves the mock's manual clock through the control API, over MSW too. */
const sleep = async (ms: number) => {
  await fetch(`${baseUrl}/__mock/clock/advance`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ms }),
  });
};
const client = createMjClient({ baseUrl, sleep });
const wait = (id: string) => waitForTask(id, (taskId) => client.fetchTask(taskId), { sleep });

describe('MSW mode (setupServer + mjkitHandlers)', () => {
  it('runs imagine → U1 → Custom Zoom (21 → modal) with the unmodified client and a manual clock', async () => {
    const submitted = await client.imagine({ prompt: 'a lighthouse' });
    expect(submitted.code).toBe(1);
    const grid = await wait(submitted.taskId);
    expect(grid).toMatchObject({ kind: 'success', task: { status: 'SUCCESS', progress: '100%' } });
    if (grid.kind !== 'success') return;
    expect(grid.task.imageUrl).toMatch(/^http:\/\/mj\.msw\.test\/cdn\/attachments\//);
    const image = await fetch(grid.task.imageUrl!);
    expect([image.status, image.headers.get('content-type')]).toEqual([200, 'image/png']);

    const up = await wait((await pressButton(client, grid.task, 'U1')).taskId);
    expect(up).toMatchObject({ kind: 'success', task: { action: 'UPSCALE' } });
    if (up.kind !== 'success') return;
    expect(findButton(up.task.buttons, 'Custom Zoom')).toBeDefined();

    const zoom = await pressButton(client, up.task, 'Custom Zoom', { prompt: 'a lighthouse --zoom 1.5' });
    expect(zoom.submitted.code).toBe(21);
    expect(zoom.confirmed?.code).toBe(1);
    expect(await wait(zoom.taskId)).toMatchObject({
      kind: 'success',
      task: { action: 'ZOOM', prompt: 'a lighthouse --zoom 1.5' },
    });
    expect(mock.engine.stats().counts.SUCCESS).toBe(3);
  });
});
