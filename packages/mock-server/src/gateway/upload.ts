import type { UploadResult } from '@mjkit/contract';
import { uploadUrl } from '../images/upload-store';
import type { GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import type { ErrorReply } from './replies';

/**
 * POST /mj/submit/upload-discord-images (spec §1.2): stores the images and answers their URLs, which
 * the mock really serves; no task is created. As trueai answers: `description: "success"`, no
 * `properties`. An empty list → `base64 参数错误`; a bad image → `base64格式错误`.
 */
export function uploadImages(
  ctx: GatewayContext,
  raw: unknown,
): { status: 200; body: UploadResult } | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const list = bound.value.base64Array ?? [];
  if (list.length === 0)
    return { status: 200, body: { code: 4, description: 'base64 参数错误', result: null } };
  const images = parseImages(list);
  if (!images.ok)
    return { status: 200, body: { code: 4, description: images.reply.body.description, result: null } };
  const urls = images.value.map((img) => uploadUrl(ctx.baseUrl, ctx.uploads.put(img)));
  return { status: 200, body: { code: 1, description: 'success', result: urls } };
}
