import { findBannedWord } from '../engine/banned-words';
import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadUrl } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type EnvelopeReply, type ErrorReply, localError } from './replies';
import { bannedReply, submitTask } from './submit-task';

/** `botType` as the upstream stores it (trueai accepts `mj`/`niji` too). */
export function botTypeOf(value: string | null | undefined): 'MID_JOURNEY' | 'NIJI_JOURNEY' {
  return /^(niji|niji_journey)$/i.test(value ?? '') ? 'NIJI_JOURNEY' : 'MID_JOURNEY';
}

/**
 * POST /mj/submit/imagine (spec §1.2): prompt required (`prompt_is_required`), references as data URLs
 * (`base64格式错误` otherwise), banned words → 24, then 1/22/23. References are stored and their URLs
 * prepended to `promptEn`, as the upstream does; their colours tint the grid.
 */
export function imagine(ctx: GatewayContext, raw: unknown): EnvelopeReply | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const body = bound.value;
  const prompt = (body.prompt ?? '').trim();
  if (!prompt) return localError('prompt_is_required');
  const refs = parseImages([...(body.base64Array ?? []), ...(body.base64 ? [body.base64] : [])]);
  if (!refs.ok) return refs.reply;
  const config = configOf(ctx);
  const refUrls = refs.value.map((img) => uploadUrl(ctx.baseUrl, ctx.uploads.put(img)));
  const promptEn = [...refUrls, prompt].join(' ');
  const banned = findBannedWord(prompt, config.bannedWords);
  if (banned !== undefined) return bannedReply(promptEn, banned);
  const botType = botTypeOf(body.botType);
  return submitTask(ctx, {
    prompt,
    input: {
      action: 'IMAGINE',
      prompt,
      promptEn,
      description: `/imagine ${prompt}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType,
      product: 'grid',
      media: {
        layout: 'grid',
        ...sizeFor(prompt, body.dimensions ?? undefined, config.imageSize),
        palette: refs.value.flatMap((img) => paletteOf(img)),
        inputs: [],
      },
    },
  });
}
