import { MjNetworkError } from './errors';
import { MjApiError } from './mj-api-error';
import { realSleep, type Sleep } from './sleep';

/** What a retry decision sees. */
export interface RetryContext {
  /** 1 for the first failure. */
  attempt: number;
  error: unknown;
  /** The operation, e.g. `imagine`, `fetchTask`. */
  operation: string;
}

/** Opt-in retry policy (tRPC `retryLink` style): a predicate and a delay function. */
export interface RetryPolicy {
  shouldRetry(ctx: RetryContext): boolean;
  delayMs(ctx: RetryContext): number;
}

/** True for errors worth another try: queue full (23), rate limits (429/30), 5xx, no answer at all. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof MjNetworkError) return true;
  return error instanceof MjApiError && error.retryable;
}

/**
 * A policy that retries {@link isRetryable} errors up to `maxAttempts` times in all, with exponential
 * backoff from `baseDelayMs` (capped at `maxDelayMs`).
 * @example createMjClient({ baseUrl, retry: createRetryPolicy({ maxAttempts: 4 }) })
 */
export function createRetryPolicy(
  options: { maxAttempts?: number; baseDelayMs?: number; maxDelayMs?: number } = {},
): RetryPolicy {
  const { maxAttempts = 3, baseDelayMs = 1000, maxDelayMs = 30_000 } = options;
  return {
    shouldRetry: ({ attempt, error }) => attempt < maxAttempts && isRetryable(error),
    delayMs: ({ attempt }) => Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1)),
  };
}

/** Runs `op`, retrying per `policy` (none: a single try). */
export async function withRetry<T>(
  operation: string,
  op: () => Promise<T>,
  policy: RetryPolicy | undefined,
  sleep: Sleep = realSleep,
  signal?: AbortSignal,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await op();
    } catch (error) {
      const ctx = { attempt, error, operation };
      if (!policy?.shouldRetry(ctx)) throw error;
      await sleep(policy.delayMs(ctx), signal);
    }
  }
}
