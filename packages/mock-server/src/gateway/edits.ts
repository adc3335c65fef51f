import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadPath } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type GatewayResult, upstreamError } from './result';
import { submitTask } from './submit-task';

/**
 * POST /mj/submit/edits (trueai `edits`): `prompt` and `image` required (`edits_required`); the
 * image may be a URL (kept as a reference), a data URL or bare base64 (validated and shown).
 */
export function edits(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt || !body.image) return upstreamError('edits_required');
  const isUrl = /^https?:\/\//i.test(body.image);
  const images = isUrl ? { ok: true as const, value: [] } : parseImages([body.image], true);
  if (!images.ok) return images.result;
  const keys = images.value.map((img) => ctx.uploads.put(img));
  return submitTask(ctx, {
    prompt,
    input: {
      action: 'EDIT',
      prompt,
      promptEn: prompt,
      refs: [isUrl ? body.image : uploadPath(keys[0]!)],
      description: `/edit ${prompt}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: 'MID_JOURNEY',
      product: 'grid',
      media: {
        layout: 'grid',
        ...sizeFor(prompt, undefined, configOf(ctx).imageSize),
        palette: images.value.flatMap((img) => paletteOf(img)),
        inputs: keys,
      },
    },
  });
}
