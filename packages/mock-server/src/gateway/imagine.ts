import { UPSTREAM_TEXTS } from '@mjkit/contract';
import { findBannedWord } from '../engine/banned-words';
import { sizeFor } from '../engine/media';
import { paletteOf } from '../images/palette';
import { uploadPath } from '../images/upload-store';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type GatewayResult, localError } from './result';
import { banned, submitTask } from './submit-task';

/** `botType` as the upstream stores it (trueai accepts `mj`/`niji` too). */
export function botTypeOf(value: string | null | undefined): 'MID_JOURNEY' | 'NIJI_JOURNEY' {
  return /^(niji|niji_journey)$/i.test(value ?? '') ? 'NIJI_JOURNEY' : 'MID_JOURNEY';
}

/**
 * POST /mj/submit/imagine (spec §1.2): prompt required (`prompt_is_required`), references as data URLs
 * (`base64_invalid` otherwise), banned words → rejected, then accepted/queued/rejected. References are
 * stored and shown before `promptEn`, as the upstream does; their colours tint the grid.
 */
export function imagine(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const prompt = (body.prompt ?? '').trim();
  if (!prompt) return localError('prompt_is_required');
  const refs = parseImages([...(body.base64Array ?? []), ...(body.base64 ? [body.base64] : [])]);
  if (!refs.ok) return refs.result;
  const config = configOf(ctx);
  const refPaths = refs.value.map((img) => uploadPath(ctx.uploads.put(img)));
  const word = findBannedWord(prompt, config.bannedWords);
  // TA accepts a banned prompt and the task fails later (profiles.md §2); the others answer 24.
  if (word !== undefined && ctx.rules.bannedPrompt === 'reject') return banned(prompt, refPaths, word);
  return submitTask(ctx, {
    prompt,
    failReason: word === undefined ? undefined : UPSTREAM_TEXTS.banned_prompt.text,
    input: {
      action: 'IMAGINE',
      prompt,
      promptEn: prompt,
      refs: refPaths,
      // NZ TaskServiceImpl.submitImagine: the uploaded URLs go before prompt, promptEn and description.
      refsInPrompt: true,
      description: `/imagine ${prompt}`,
      state: body.state ?? null,
      notifyHook: body.notifyHook || null,
      botType: botTypeOf(body.botType),
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
