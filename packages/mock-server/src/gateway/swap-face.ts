import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type GatewayResult, localError, upstreamError } from './result';
import { submitTask } from './submit-task';

/**
 * POST /mj/insight-face/swap: both `sourceBase64` and `targetBase64` (else the gateway's
 * `sour_base64_and_target_base64_is_required`, spec §7); the result is the target with the source's
 * face inset.
 */
export function swapFace(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (!body.sourceBase64 || !body.targetBase64)
    return localError('sour_base64_and_target_base64_is_required');
  if (body.sourceBase64 === body.targetBase64) return upstreamError('swap_same_image');
  const images = parseImages([body.sourceBase64, body.targetBase64]);
  if (!images.ok) return images.result;
  const keys = images.value.map((img) => ctx.uploads.put(img));
  const size = configOf(ctx).imageSize;
  return submitTask(ctx, {
    input: {
      action: 'SWAP_FACE',
      prompt: '',
      description: '/swap_face',
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: 'MID_JOURNEY',
      product: 'image',
      media: { layout: 'single', width: size, height: size, palette: [], inputs: keys },
    },
  });
}
