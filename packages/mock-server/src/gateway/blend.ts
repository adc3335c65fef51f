import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadUrl } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { botTypeOf } from './imagine';
import { envelope, type EnvelopeReply, type ErrorReply } from './replies';
import { submitTask } from './submit-task';

const DIMENSIONS = ['PORTRAIT', 'SQUARE', 'LANDSCAPE'];

/**
 * POST /mj/submit/blend (spec §1.2): 2–5 images (`base64List参数错误` otherwise), `dimensions`
 * PORTRAIT 2:3 / SQUARE 1:1 / LANDSCAPE 3:2 (default SQUARE). The grid really shows the inputs.
 */
export function blend(ctx: GatewayContext, raw: unknown): EnvelopeReply | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const body = bound.value;
  const list = body.base64Array ?? [];
  if (list.length < 2 || list.length > 5) return envelope(4, 'base64List参数错误');
  const dimensions = body.dimensions ?? 'SQUARE';
  if (!DIMENSIONS.includes(dimensions)) return envelope(4, 'dimensions参数错误');
  const images = parseImages(list);
  if (!images.ok) return images.reply;
  const keys = images.value.map((img) => ctx.uploads.put(img));
  const urls = keys.map((k) => uploadUrl(ctx.baseUrl, k));
  const prompt = urls.join(' ');
  return submitTask(ctx, {
    input: {
      action: 'BLEND',
      prompt,
      description: `/blend ${keys.length} images ${dimensions.toLowerCase()}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: botTypeOf(body.botType),
      product: 'grid',
      media: {
        layout: 'grid',
        ...sizeFor('', dimensions, configOf(ctx).imageSize),
        palette: images.value.flatMap((img) => paletteOf(img, 1)),
        inputs: keys,
      },
    },
  });
}
