import { describe, expect, it } from 'vitest';
import {
  ACCEPTED_RETURN_CODES,
  httpStatusForCode,
  inQueueDescription,
  isLocalErrorName,
  isReturnCode,
  LOCAL_ERROR_NAMES,
  LOCAL_ERRORS,
  RETURN_CODE_VALUES,
  RETURN_CODES,
  returnCodeInfo,
  ShapeAErrorSchema,
  ShapeBErrorSchema,
  SubmitResultWireSchema,
} from '../src';

describe('return-code table', () => {
  it('has exactly the codes the real layers send', () => {
    expect(RETURN_CODE_VALUES).toEqual([1, 3, 4, 5, 9, 21, 22, 23, 24, 30]);
  });

  it.each(RETURN_CODE_VALUES)('code %i has a name, a description and a status for some layer', (code) => {
    const info = RETURN_CODES[code];
    expect(info.name).toMatch(/^[A-Z_]+$/);
    expect(info.description.length).toBeGreaterThan(0);
    expect(info.httpStatus.upstream ?? info.httpStatus.gateway).not.toBeNull();
  });

  it('accepts 1, 21 and 22 only', () => {
    expect(ACCEPTED_RETURN_CODES).toEqual([1, 21, 22]);
  });

  it('sends code 4 as a 400 from the gateway and as a 200 envelope from the upstream', () => {
    expect(httpStatusForCode(4, 'doc')).toBe(400);
    expect(httpStatusForCode(4, 'new-api')).toBe(400);
    expect(httpStatusForCode(4, 'midjourney-proxy')).toBe(200);
    expect(httpStatusForCode(23, 'doc')).toBe(200);
    expect(httpStatusForCode(30, 'doc')).toBe(429);
  });

  it('marks queue-full and rate limits retryable, banned prompts not', () => {
    expect(RETURN_CODES[23].retryable).toBe(true);
    expect(RETURN_CODES[30].retryable).toBe(true);
    expect(RETURN_CODES[24].retryable).toBe(false);
  });

  it('looks codes up safely', () => {
    expect(isReturnCode(22)).toBe(true);
    expect(isReturnCode(2)).toBe(false);
    expect(isReturnCode('1')).toBe(false);
    expect(returnCodeInfo(99)).toBeUndefined();
    expect(inQueueDescription(3)).toBe('排队中，前面还有3个任务');
  });
});

describe('local-error table', () => {
  it('covers every error the gateway page and spec §7 name', () => {
    for (const name of [
      'bind_request_body_failed',
      'prompt_is_required',
      'task_id_is_required',
      'action_is_required',
      'index_is_required',
      'content_is_required',
      'task_not_found',
      'task_status_not_success',
      'quota_not_enough',
      'sour_base64_and_target_base64_is_required',
      'task_no_found',
      'do_request_failed',
      'content_parse_failed',
    ]) {
      expect(isLocalErrorName(name), name).toBe(true);
    }
  });

  it.each(LOCAL_ERROR_NAMES)('%s renders in its shape and parses with the error schemas', (name) => {
    const info = LOCAL_ERRORS[name];
    expect(info.status).toBeGreaterThanOrEqual(400);
    const body =
      info.shape === 'A'
        ? { code: info.code, description: name, type: 'upstream_error' }
        : { error: { message: name, type: 'new_api_error', code: name } };
    expect((info.shape === 'A' ? ShapeAErrorSchema : ShapeBErrorSchema).safeParse(body).success).toBe(true);
  });

  it("parses the gateway doc's own error and result examples", () => {
    expect(
      ShapeAErrorSchema.parse({ code: 4, description: 'prompt_is_required', type: 'upstream_error' }),
    ).toBeTruthy();
    expect(
      SubmitResultWireSchema.parse({ code: 1, description: 'Submit success', result: '1712158011464906' }),
    ).toBeTruthy();
    expect(
      SubmitResultWireSchema.parse({
        code: 1,
        description: 'success',
        result: ['https://cdn.discordapp.com/attachments/...'],
      }),
    ).toBeTruthy();
  });
});
