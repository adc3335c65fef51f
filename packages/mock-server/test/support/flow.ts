import { findButton, type Task, TaskSchema } from '@mjkit/contract';
import { expect } from 'vitest';
import { decodePng, type Raster } from '../../src/images/png';
import { testApp } from './app';

/** A story on the manual clock: submit, advance, press buttons, check images. */
export function flow(options: Parameters<typeof testApp>[0] = {}) {
  const t = testApp(options);
  const submit = async (path: string, body: object) => {
    const res = await t.http().post(path).send(body);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body as {
      code: number;
      description: string;
      result: string;
      properties: Record<string, unknown>;
    };
  };
  const fetchTask = async (id: string): Promise<Task> =>
    TaskSchema.parse((await t.http().get(`/mj/task/${id}/fetch`).expect(200)).body);
  const finish = async (id: string, ms = 60_000) => {
    await t.advance(ms);
    return fetchTask(id);
  };
  const press = async (task: Task, label: Parameters<typeof findButton>[1], extra: object = {}) => {
    const button = findButton(task.buttons, label);
    expect(button, `no button ${String(label)} on ${task.id}`).toBeDefined();
    return submit('/mj/submit/action', { taskId: task.id, customId: button!.customId, ...extra });
  };
  const image = async (url: string | null): Promise<Raster> => {
    expect(url).toBeTruthy();
    const res = await t.http().get(new URL(url!).pathname).expect(200);
    expect(res.headers['content-type']).toBe('image/png');
    return decodePng(new Uint8Array(res.body))!;
  };
  /** True when the pixel row across the middle is white at the centre: a 2×2 grid's gutter. */
  const isGrid = (r: Raster) => {
    const at = (x: number, y: number) => [
      ...r.data.subarray((y * r.width + x) * 4, (y * r.width + x) * 4 + 3),
    ];
    return (
      at(r.width / 2, Math.floor(r.height / 4)).every((v) => v === 255) &&
      at(Math.floor(r.width / 4), r.height / 2).every((v) => v === 255)
    );
  };
  return { ...t, submit, fetchTask, finish, press, image, isGrid };
}
