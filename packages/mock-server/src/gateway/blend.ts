import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadPath } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { botTypeOf } from './imagine';
import { type GatewayResult, upstreamError } from './result';
import { submitTask } from './submit-task';

const DIMENSIONS = ['PORTRAIT', 'SQUARE', 'LANDSCAPE'];

/**
 * POST /mj/submit/blend (spec §1.2): 2–5 images (`blend_images_invalid` otherwise), `dimensions`
 * PORTRAIT 2:3 / SQUARE 1:1 / LANDSCAPE 3:2 (absent: SQUARE; `null`: `dimensions_invalid`). The grid really shows the inputs; the
 * prompt is the inputs' URLs.
 */
export function blend(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const list = body.base64Array ?? [];
  if (list.length < 2 || list.length > 5) return upstreamError('blend_images_invalid');
  // NZ SubmitController.java:180 / TA :401: a `null` dimensions is refused; absent means SQUARE.
  if ((raw as { dimensions?: unknown }).dimensions === null) return upstreamError('dimensions_invalid');
  const dimensions = body.dimensions ?? 'SQUARE';
  if (!DIMENSIONS.includes(dimensions)) return upstreamError('dimensions_invalid');
  const images = parseImages(list);
  if (!images.ok) return images.result;
  const keys = images.value.map((img) => ctx.uploads.put(img));
  return submitTask(ctx, {
    input: {
      action: 'BLEND',
      prompt: '',
      refs: keys.map(uploadPath),
      refsInPrompt: true,
      // NZ: "/blend " + task.getId() + " " + size; `{id}` is filled in when the task is created.
      description: `/blend {id} ${keys.length}`,
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
