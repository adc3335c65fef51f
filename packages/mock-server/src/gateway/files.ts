import { sniffImageFormat } from '../images/data-url';
import { decodeImage } from '../images/decode-image';
import type { StoredFile } from '../images/image-cache';
import type { Raster } from '../images/png';
import { renderPng } from '../images/render';
import type { GatewayContext } from './context';

/** A file answer, or a JSON error in new-api's image-route shape. */
export type FileReply = { status: 200; file: StoredFile } | { status: 400 | 404; body: { error: string } };

/**
 * A task file under `/cdn/attachments/<taskId>/<file>`: images are rendered on first fetch, then
 * cached; `<hash>_<n>.mp4` is one of the task's video clips.
 */
export function taskImage(ctx: GatewayContext, taskId: string, file: string): FileReply {
  const clip = /^([0-9a-f-]{36})_(\d)\.mp4$/.exec(file);
  if (clip) {
    const record = ctx.engine.record(taskId);
    const n = Number(clip[2]);
    const found =
      record && record.hash === clip[1] && n < (record.video?.count ?? 0)
        ? ctx.videos.get(record.media.seed + n)
        : undefined;
    return found ? { status: 200, file: found } : { status: 404, body: { error: 'file_not_found' } };
  }
  const found = ctx.images.get(`${taskId}/${file}`, () => {
    const spec = ctx.engine.imageSpec(taskId, file);
    return spec
      ? { bytes: renderPng(spec, decodeInputs(ctx, spec.inputs)), contentType: 'image/png' }
      : undefined;
  });
  return found ? { status: 200, file: found } : { status: 404, body: { error: 'file_not_found' } };
}

/** The decodable images among stored uploads named by `keys`. */
function decodeInputs(ctx: GatewayContext, keys: readonly string[]): Raster[] {
  return keys.flatMap((key) => {
    const file = ctx.uploads.get(key);
    const format = file && sniffImageFormat(file.bytes);
    const raster = format && file ? decodeImage({ format, bytes: file.bytes }) : undefined;
    return raster ? [raster] : [];
  });
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
