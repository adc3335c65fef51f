import { GatewayBindSchema, type GatewayBody, type Outcome, type StoredOutcome } from '@mjkit/contract';
import { type ImageData, parseImageDataUrl } from '../images/data-url';
import { configOf, type GatewayContext } from './context';
import { envelope, type EnvelopeReply, type ErrorReply, localError } from './replies';

/** Either a value or the reply that stops the request. */
export type Checked<T, R = ErrorReply | EnvelopeReply> = { ok: true; value: T } | { ok: false; reply: R };

/** How the gateway binds the body (DESIGN.md §2): wrong JSON types → `bind_request_body_failed`. */
export function bindBody(raw: unknown): Checked<GatewayBody, ErrorReply> {
  const parsed = GatewayBindSchema.safeParse(raw ?? {});
  if (!parsed.success || raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, reply: localError('bind_request_body_failed') };
  }
  return { ok: true, value: parsed.data };
}

/** Refuses a submit when the key's quota is used up; returns a function that charges one unit. */
export function checkQuota(ctx: GatewayContext): Checked<() => void, ErrorReply> {
  const key = ctx.apiKey;
  const quotas = configOf(ctx).quotas;
  if (key === undefined || quotas[key] === undefined) return { ok: true, value: () => {} };
  if (quotas[key] <= 0) return { ok: false, reply: localError('quota_not_enough') };
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
  return ctx.engine.outcomes.take({ route: ctx.route, path: ctx.path, prompt }, accepted);
}

/** The upstream's answer to an image that is not a valid data URL (spec §1.2). */
export const badBase64 = (): EnvelopeReply => envelope(4, 'base64格式错误');

/** Parses a list of data URLs; the first bad one stops the request with `base64格式错误`. */
export function parseImages(
  values: readonly string[],
  allowBare = false,
): Checked<ImageData[], EnvelopeReply> {
  const images: ImageData[] = [];
  for (const value of values) {
    const image = parseImageDataUrl(value, { allowBare });
    if (!image) return { ok: false, reply: badBase64() };
    images.push(image);
  }
  return { ok: true, value: images };
}
