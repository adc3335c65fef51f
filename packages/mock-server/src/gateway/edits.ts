import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadUrl } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { envelope, type EnvelopeReply, type ErrorReply } from './replies';
import { submitTask } from './submit-task';

/**
 * POST /mj/submit/edits (trueai `edits`): `prompt` and `image` required (`image或prompt不能为空`); the
 * image may be a URL (kept as a reference), a data URL or bare base64 (validated and shown).
 */
export function edits(ctx: GatewayContext, raw: unknown): EnvelopeReply | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt || !body.image) return envelope(4, 'image或prompt不能为空');
  const isUrl = /^https?:\/\//i.test(body.image);
  const images = isUrl ? { ok: true as const, value: [] } : parseImages([body.image], true);
  if (!images.ok) return images.reply;
  const keys = images.value.map((img) => ctx.uploads.put(img));
  return submitTask(ctx, {
    prompt,
    input: {
      action: 'EDIT',
      prompt,
      promptEn: `${isUrl ? body.image : uploadUrl(ctx.baseUrl, keys[0]!)} ${prompt}`,
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
