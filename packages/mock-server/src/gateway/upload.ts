import { uploadPath } from '../images/upload-store';
import type { GatewayContext } from './context';
import { bindBody, parseImages, upstreamLacksRoute } from './guards';
import { type GatewayResult, upstreamError } from './result';

/**
 * POST /mj/submit/upload-discord-images (spec §1.2): stores the images and answers their paths, which
 * the mock really serves; no task is created. An empty list → `upload_base64_required`; a bad image →
 * `base64_invalid`.
 */
export function uploadImages(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const missing = upstreamLacksRoute(ctx);
  if (missing) return missing;
  const list = bound.value.base64Array ?? [];
  if (list.length === 0) return upstreamError('upload_base64_required');
  const images = parseImages(list);
  if (!images.ok) return images.result;
  return { kind: 'uploaded', paths: images.value.map((img) => uploadPath(ctx.uploads.put(img))) };
}
