import { GatewayBindSchema, type GatewayBody, type Outcome, type StoredOutcome } from '@mjkit/contract';
import { MAX_PROMPT_LENGTH } from '../engine/text/limits';
import { type ImageData, parseImageDataUrl } from '../images/data-url';
import { checkImageSize, DEFAULT_IMAGE_LIMITS, type ImageLimits } from '../images/image-limits';
import { imageSize } from '../images/image-size';
import { validateImage } from '../images/validate-image';
import { configOf, type GatewayContext } from './context';
import { type GatewayResult, localError, upstreamError } from './result';

/** Either a value or the result that stops the request. */
export type Checked<T> = { ok: true; value: T } | { ok: false; result: GatewayResult };

/** The input limits the guards apply: a mock's own (issue #12 items 3, 4), defaults otherwise. */
export interface GuardLimits {
  /** Longest prompt accepted (UTF-16 units); longer → mock error `prompt_too_long`. */
  maxPromptLength: number;
  /** Input images over these header sizes → the upstream's `base64格式错误`. */
  image: Pick<ImageLimits, 'maxEdge' | 'maxPixels'>;
}

/** Defaults: 8 192-character prompts, images up to 4096×4096 and 16 777 216 px. */
export const DEFAULT_GUARD_LIMITS: Readonly<GuardLimits> = Object.freeze({
  maxPromptLength: MAX_PROMPT_LENGTH,
  image: DEFAULT_IMAGE_LIMITS,
});

let active: Readonly<GuardLimits> = DEFAULT_GUARD_LIMITS;

/**
 * Runs a (synchronous) gateway route with a mock's limits. Routes are synchronous, so the limits are
 * in force exactly for that call, and the route files need not pass them down to every guard.
 */
export function withGuardLimits<T>(limits: Readonly<GuardLimits>, run: () => T): T {
  const previous = active;
  active = limits;
  try {
    return run();
  } finally {
    active = previous;
  }
}

/**
 * How the gateway binds the body (DESIGN.md §2): wrong JSON types → `bind_request_body_failed`. Every
 * prompt-taking route binds through here, so the prompt limit is checked once for all of them.
 */
export function bindBody(raw: unknown): Checked<GatewayBody> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, result: localError('bind_request_body_failed') };
  const parsed = GatewayBindSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, result: localError('bind_request_body_failed') };
  const prompt = (parsed.data as { prompt?: unknown }).prompt;
  if (typeof prompt === 'string' && prompt.length > active.maxPromptLength)
    return { ok: false, result: localError('prompt_too_long') };
  return { ok: true, value: parsed.data };
}

/** Refuses a submit when the key's quota is used up; returns a function that charges one unit. */
export function checkQuota(ctx: GatewayContext): Checked<() => void> {
  const key = ctx.apiKey;
  const quotas = configOf(ctx).quotas;
  if (key === undefined || quotas[key] === undefined) return { ok: true, value: () => {} };
  if (quotas[key] <= 0) return { ok: false, result: localError('quota_not_enough') };
  return {
    ok: true,
    value: () => {
      const now = configOf(ctx).quotas;
      ctx.engine.configure({ quotas: { ...now, [key]: Math.max(0, (now[key] ?? 1) - 1) } });
    },
  };
}

/** The outcome forced on this request: the `X-Mock-Outcome` header first, then a matching rule. */
export function forcedOutcome(
  ctx: GatewayContext,
  prompt: string | undefined,
  accepted: readonly Outcome[],
): StoredOutcome | undefined {
  if (ctx.forced && accepted.includes(ctx.forced.outcome)) return ctx.forced;
  if (ctx.engine.outcomes.empty) return undefined;
  return ctx.engine.outcomes.take({ route: ctx.route, path: ctx.path, prompt }, accepted);
}

/**
 * Parses a list of data URLs; the first bad one stops the request with the upstream's `base64_invalid`
 * (`base64格式错误`), and so does one whose header size is over the image limits (issue #12 item 3:
 * refused before any decoding) or whose structure does not hold (issue #12 item 16: chunk walk, CRCs,
 * end markers), so only well-formed files are stored and served back.
 */
export function parseImages(values: readonly string[], allowBare = false): Checked<ImageData[]> {
  const images: ImageData[] = [];
  for (const value of values) {
    const image = parseImageDataUrl(value, { allowBare });
    if (!image || validateImage(image.format, image.bytes))
      return { ok: false, result: upstreamError('base64_invalid') };
    const size = imageSize(image.format, image.bytes);
    if (size && checkImageSize(size, active.image) === 'image_too_large')
      return { ok: false, result: upstreamError('base64_invalid') };
    images.push(image);
  }
  return { ok: true, value: images };
}
