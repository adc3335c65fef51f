import { GatewayBindSchema, type GatewayBody, type Outcome, type StoredOutcome } from '@mjkit/contract';
import { type ImageData, parseImageDataUrl } from '../images/data-url';
import { configOf, type GatewayContext } from './context';
import { type GatewayResult, localError, upstreamError } from './result';

/** Either a value or the result that stops the request. */
export type Checked<T> = { ok: true; value: T } | { ok: false; result: GatewayResult };

/** How the gateway binds the body (DESIGN.md §2): wrong JSON types → `bind_request_body_failed`. */
export function bindBody(raw: unknown): Checked<GatewayBody> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw))
    return { ok: false, result: localError('bind_request_body_failed') };
  const parsed = GatewayBindSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, result: localError('bind_request_body_failed') };
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

/** Parses a list of data URLs; the first bad one stops the request with the upstream's `base64_invalid`. */
export function parseImages(values: readonly string[], allowBare = false): Checked<ImageData[]> {
  const images: ImageData[] = [];
  for (const value of values) {
    const image = parseImageDataUrl(value, { allowBare });
    if (!image) return { ok: false, result: upstreamError('base64_invalid') };
    images.push(image);
  }
  return { ok: true, value: images };
}
