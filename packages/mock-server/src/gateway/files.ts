import type { StoredFile } from '../images/image-cache';
import { renderPng } from '../images/render';
import type { GatewayContext } from './context';

/** A file answer, or a JSON error in new-api's image-route shape. */
export type FileReply = { status: 200; file: StoredFile } | { status: 400 | 404; body: { error: string } };

/** A task image under `/cdn/attachments/<taskId>/<file>`: rendered on first fetch, then cached. */
export function taskImage(ctx: GatewayContext, taskId: string, file: string): FileReply {
  const found = ctx.images.get(`${taskId}/${file}`, () => {
    const spec = ctx.engine.imageSpec(taskId, file);
    return spec ? { bytes: renderPng(spec), contentType: 'image/png' } : undefined;
  });
  return found ? { status: 200, file: found } : { status: 404, body: { error: 'file_not_found' } };
}

/** A stored upload under `/cdn/uploads/<file>`. */
export function uploadedFile(ctx: GatewayContext, file: string): FileReply {
  const found = ctx.uploads.get(file);
  return found ? { status: 200, file: found } : { status: 404, body: { error: 'file_not_found' } };
}

/**
 * GET /mj/image/:id (new-api's proxy, spec §1.3): the bytes of the task's current `imageUrl`.
 * Unknown task: 400 `{"error":"midjourney_task_not_found"}`; no image yet: 404.
 */
export function proxyImage(ctx: GatewayContext, id: string): FileReply {
  const task = ctx.engine.get(id);
  if (!task) return { status: 400, body: { error: 'midjourney_task_not_found' } };
  const path = task.imageUrl ? new URL(task.imageUrl).pathname : '';
  const match = /^\/cdn\/attachments\/(\d+)\/([^/]+)$/.exec(path);
  if (!match) return { status: 404, body: { error: 'image_not_ready' } };
  return taskImage(ctx, match[1]!, match[2]!);
}
