import { describe, expect, it, vi } from 'vitest';
import { MjNetworkError } from './errors';
import { toMjApiError } from './mj-api-error';
import { createRetryPolicy, isRetryable, withRetry } from './retry';

describe('retry', () => {
  it('retries queue-full, 429 and network errors; not banned prompts or validation', () => {
    expect(isRetryable(toMjApiError(200, { code: 23, description: '队列已满，请稍后尝试' }))).toBe(true);
    expect(isRetryable(toMjApiError(429, { code: 30, description: 'x', type: 'upstream_error' }))).toBe(true);
    expect(isRetryable(new MjNetworkError('refused'))).toBe(true);
    expect(isRetryable(toMjApiError(200, { code: 24, description: '可能包含敏感词' }))).toBe(false);
    expect(
      isRetryable(toMjApiError(400, { code: 4, description: 'prompt_is_required', type: 'upstream_error' })),
    ).toBe(false);
  });

  it('gives up after maxAttempts with exponential delays', async () => {
    const delays: number[] = [];
    const op = vi.fn(async () => {
      throw toMjApiError(200, { code: 23, description: 'full' });
    });
    const policy = createRetryPolicy({ maxAttempts: 3, baseDelayMs: 100 });
    await expect(withRetry('imagine', op, policy, async (ms) => void delays.push(ms))).rejects.toMatchObject({
      code: 23,
    });
    expect(op).toHaveBeenCalledTimes(3);
    expect(delays).toEqual([100, 200]);
  });

  it('returns the first success and makes one try without a policy', async () => {
    let n = 0;
    const flaky = async () => {
      if (++n < 2) throw new MjNetworkError('reset');
      return 'ok';
    };
    expect(await withRetry('x', flaky, createRetryPolicy(), async () => {})).toBe('ok');
    await expect(
      withRetry('x', async () => Promise.reject(new MjNetworkError('down')), undefined),
    ).rejects.toBeInstanceOf(MjNetworkError);
  });
});
