import { uploadPath } from '../images/upload-store';
import type { GatewayContext } from './context';
import { bindBody, checkQuota, parseImages } from './guards';
import { type GatewayResult, upstreamError } from './result';

/**
 * POST /mj/submit/upload-discord-images (spec §1.2): stores the images and answers their paths, which
 * the mock really serves; no task is created, one quota unit is charged. An empty list →
 * `upload_base64_required`; no quota left → `quota_not_enough`; a bad image → `base64_invalid`.
 */
export function uploadImages(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const list = bound.value.base64Array ?? [];
  if (list.length === 0) return upstreamError('upload_base64_required');
  const images = parseImages(list);
  if (!images.ok) return images.result;
  // Charged like any submit (new-api RelayMidjourneySubmit; spec/profiles.md §1.1 item 5), after the
  // route's own checks as submitTask does.
  const quota = checkQuota(ctx);
  if (!quota.ok) return quota.result;
  const paths = images.value.map((img) => uploadPath(ctx.uploads.put(img)));
  quota.value();
  return { kind: 'uploaded', paths };
}
