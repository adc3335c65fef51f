import type { GatewayBody } from '@mjkit/contract';
import { hashBytes } from '../engine/random';
import { describePrompts } from '../engine/text/describe-prompts';
import { readImage } from '../images/decode-image';
import { paletteOf } from '../images/palette';
import { uploadPath } from '../images/upload-store';
import type { GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { botTypeOf } from './imagine';
import { type GatewayResult, upstreamError } from './result';
import { submitTask } from './submit-task';

/**
 * POST /mj/submit/describe: `base64` (the upstream field), `base64Array` (the gateway DTO's, first
 * image, where `rules.describeBase64Array`) or `link` (TA, where `rules.describeLink`), DESIGN.md §2. Four keycap prompts from the image's colours and aspect ratio; the task's
 * `imageUrl` is the described image; PicReader buttons.
 */
export function describe(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const value = body.base64 || (ctx.rules.describeBase64Array ? body.base64Array?.[0] : undefined);
  const link = ctx.rules.describeLink ? body.link : undefined;
  if (!value && !link) return upstreamError('describe_base64_required');
  // TA SubmitController.cs:289-293: a link must be http(s); base64 wins when both are sent.
  if (link && !/^https?:\/\/.+/.test(link)) return upstreamError('link_invalid');
  if (!value && link) return describeLink(ctx, body, link);
  const parsed = parseImages([value!]);
  if (!parsed.ok) return parsed.result;
  const image = parsed.value[0]!;
  const key = ctx.uploads.put(image);
  // Size from the header (#12 item 3): no decoding for it, and big inputs keep their real size.
  const read = readImage(image);
  const width = read.ok ? read.width : 1024;
  const height = read.ok ? read.height : 1024;
  const palette = paletteOf(image);
  const seed = hashBytes(image.bytes);
  return submitTask(ctx, {
    input: {
      action: 'DESCRIBE',
      prompt: '',
      description: `/describe ${key}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: botTypeOf(body.botType),
      product: 'describe',
      media: { layout: 'single', seed, width, height, palette, inputs: [key] },
      finalImageUrl: uploadPath(key),
      finalProperties: { finalPrompt: describePrompts(palette, width, height, seed) },
    },
  });
}

/**
 * Describe of an image behind a `link` (TA): the mock never fetches it (no outbound request from a
 * submit), so the prompts come from the link's text and the square default size.
 */
function describeLink(ctx: GatewayContext, body: GatewayBody, link: string): GatewayResult {
  const seed = hashBytes(new TextEncoder().encode(link));
  const size = 1024;
  return submitTask(ctx, {
    input: {
      action: 'DESCRIBE',
      prompt: '',
      description: '/describe',
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: botTypeOf(body.botType),
      product: 'describe',
      media: { layout: 'single', seed, width: size, height: size, palette: [], inputs: [] },
      finalImageUrl: link,
      finalProperties: { finalPrompt: describePrompts([], size, size, seed) },
    },
  });
}
