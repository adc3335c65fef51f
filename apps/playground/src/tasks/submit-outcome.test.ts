import { MjApiError, MjNetworkError } from '@mjkit/client';
import { describe, expect, it } from 'vitest';
import { describeError, describeSubmitted, queuePosition } from './submit-outcome';

const apiError = (code: number, description: string, body: unknown = {}) =>
  new MjApiError({ code, description, status: 200, body });

describe('submit outcomes', () => {
  it('shows the queue position of code 22', () => {
    expect(queuePosition({ code: 22, properties: { numberOfQueues: 0 } })).toBe(1);
    expect(describeSubmitted({ code: 22, properties: { numberOfQueues: 2 }, description: '' })).toBe(
      'Queued: position 3 (2 ahead)',
    );
    expect(queuePosition({ code: 1, properties: {} })).toBeUndefined();
    expect(describeSubmitted({ code: 1, properties: {}, description: 'Submit success' })).toBe('Submitted');
  });

  it('explains 23 and 24 clearly', () => {
    expect(describeError(apiError(23, '队列已满，请稍后尝试'))).toMatchObject({
      tone: 'warn',
      title: 'Queue full (code 23)',
    });
    const banned = describeError(
      apiError(24, '可能包含敏感词', { code: 24, properties: { bannedWord: 'gore' } }),
    );
    expect(banned.title).toBe('Banned prompt (code 24)');
    expect(banned.detail).toContain('"gore"');
  });

  it('names local errors and network failures', () => {
    const local = describeError(
      new MjApiError({
        code: 4,
        description: 'prompt_is_required',
        status: 400,
        localError: 'prompt_is_required',
        body: {},
      }),
    );
    expect(local.title).toBe('Refused (HTTP 400, prompt_is_required)');
    expect(describeError(new MjNetworkError('POST /x failed: Failed to fetch', null)).detail).toContain(
      'dev proxy',
    );
  });
});
