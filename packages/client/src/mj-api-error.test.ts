import { describe, expect, it } from 'vitest';
import { MjApiError, toMjApiError } from './mj-api-error';

describe('toMjApiError', () => {
  it('reads shape A, keeping the local-error name (trailing space trimmed)', () => {
    const err = toMjApiError(400, { code: 4, description: 'task_no_found ', type: 'upstream_error' });
    expect(err).toBeInstanceOf(MjApiError);
    expect(err.code).toBe(4);
    expect(err.localError).toBe('task_no_found');
    expect(err.retryable).toBe(false);
  });

  it('reads envelopes: queue full is retryable, a banned prompt is not', () => {
    expect(toMjApiError(200, { code: 23, description: '队列已满，请稍后尝试', result: null }).retryable).toBe(
      true,
    );
    const banned = toMjApiError(200, {
      code: 24,
      description: '可能包含敏感词',
      properties: { bannedWord: 'nude' },
    });
    expect(banned.retryable).toBe(false);
    expect(banned.message).toContain('code 24');
  });

  it('reads shape B and non-JSON bodies', () => {
    const b = toMjApiError(401, {
      error: { message: 'invalid token', type: 'new_api_error', code: 'invalid_api_key' },
    });
    expect(b.code).toBeUndefined();
    expect(b.localError).toBe('invalid_api_key');
    expect(toMjApiError(503, 'Service Unavailable').retryable).toBe(true);
  });
});
