import { sniffImageFormat } from '../images/data-url';
import { decodeImage } from '../images/decode-image';
import type { Raster } from '../images/png';
import { renderPng } from '../images/render';
import type { GatewayContext } from './context';
import type { GatewayResult } from './result';

/** What the file routes need: the stores, not a request. */
export type FileContext = Pick<GatewayContext, 'engine' | 'uploads' | 'images' | 'videos'>;

const notFound = (reason: 'task' | 'not-ready' | 'file'): GatewayResult => ({ kind: 'fileNotFound', reason });

/**
 * A task file under `/cdn/attachments/<taskId>/<file>`: images are rendered on first fetch, then
 * cached; `<hash>_<n>.mp4` is one of the task's video clips.
 */
export function taskImage(ctx: FileContext, taskId: string, file: string): GatewayResult {
  const clip = /^([0-9a-f-]{36})_(\d)\.mp4$/.exec(file);
  if (clip) {
    const record = ctx.engine.record(taskId);
    const n = Number(clip[2]);
    const found =
      record && record.hash === clip[1] && n < (record.video?.count ?? 0)
        ? ctx.videos.get(record.media.seed + n)
        : undefined;
    return found ? { kind: 'file', file: found } : notFound('file');
  }
  const found = ctx.images.get(`${taskId}/${file}`, () => {
    const spec = ctx.engine.imageSpec(taskId, file);
    return spec
      ? { bytes: renderPng(spec, decodeInputs(ctx, spec.inputs)), contentType: 'image/png' }
      : undefined;
  });
  return found ? { kind: 'file', file: found } : notFound('file');
}

/** The decodable images among stored uploads named by `keys`. */
function decodeInputs(ctx: FileContext, keys: readonly string[]): Raster[] {
  return keys.flatMap((key) => {
    const file = ctx.uploads.get(key);
    const format = file && sniffImageFormat(file.bytes);
    const raster = format && file ? decodeImage({ format, bytes: file.bytes }) : undefined;
    return raster ? [raster] : [];
  });
}

/** A stored upload under `/cdn/uploads/<file>`. */
export function uploadedFile(ctx: FileContext, file: string): GatewayResult {
  const found = ctx.uploads.get(file);
  return found ? { kind: 'file', file: found } : notFound('file');
}

/**
 * GET /mj/image/:id (new-api's proxy, spec §1.3): the bytes of the task's current image. Unknown task
 * → `fileNotFound('task')`; no image yet → `fileNotFound('not-ready')`.
 */
export function proxyImage(ctx: FileContext, id: string): GatewayResult {
  const task = ctx.engine.get(id.trim());
  if (!task) return notFound('task');
  const match = /^\/cdn\/attachments\/(\d+)\/([^/?]+)$/.exec(task.imageUrl ?? '');
  if (!match) return notFound('not-ready');
  return taskImage(ctx, match[1]!, match[2]!);
}
