import type { ProfileTarget } from '@mjkit/contract';
import { createMjClient, MjApiError, MjTaskNotFoundError } from '@mjkit/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { image, type Target, target } from './target';

type Scenario = 'missingPrompt' | 'unknownTask' | 'swapWithoutImages' | 'noKey';

/**
 * Negative scenarios, sent straight to the target (not through Prism, which answers invalid requests
 * itself). What each layer answers differs (spec §7, §8; spec/profiles.md), so every expectation is
 * keyed on the profile and upstream (`MJ_PROFILE`, `MJ_UPSTREAM`), with the file it reproduces.
 */
const EXPECTED: Record<ProfileTarget, Record<Scenario, Partial<MjApiError> & { taskId?: string }>> = {
  doc: {
    missingPrompt: {
      status: 400,
      code: 4,
      description: 'prompt_is_required',
      localError: 'prompt_is_required',
    },
    unknownTask: { status: 400, code: 4, localError: 'task_not_found' },
    swapWithoutImages: { status: 400, code: 4, localError: 'sour_base64_and_target_base64_is_required' },
    noKey: { status: 401, localError: 'invalid_api_key' },
  },
  // QuantumNous/new-api relay/mjproxy_handler.go (shape A, trailing space), middleware/auth.go (shape B, code "").
  'new-api': {
    missingPrompt: {
      status: 400,
      code: 4,
      description: 'prompt_is_required ',
      localError: 'prompt_is_required',
    },
    unknownTask: { status: 400, code: 4, description: 'task_no_found ', localError: 'task_no_found' },
    swapWithoutImages: { status: 400, code: 4, localError: 'sour_base64_and_target_base64_is_required' },
    noKey: { status: 401, code: undefined, localError: 'invalid_api_key' },
  },
  // novicezk controller/SubmitController.java (200 + code 4), TaskController.java (empty 200),
  // support/ApiAuthorizeInterceptor.java (empty 401); no swap route (404).
  'midjourney-proxy-nz': {
    missingPrompt: { status: 200, code: 4, description: 'prompt不能为空' },
    unknownTask: { status: 200, localError: 'task_not_found' },
    swapWithoutImages: { status: 404 },
    noKey: { status: 401, description: '', localError: 'invalid_api_key' },
  },
  // trueai Controllers/SubmitController.cs (200 + code 4), TaskController.cs (204), SimpleAuthMiddleware.cs (text 401).
  'midjourney-proxy-ta': {
    missingPrompt: { status: 200, code: 4, description: 'prompt不能为空' },
    unknownTask: { status: 204, localError: 'task_not_found' },
    swapWithoutImages: { status: 200, code: 4 },
    noKey: { status: 401, description: 'Authorization header missing.', localError: 'invalid_api_key' },
  },
};

let t: Target;
beforeAll(async () => {
  t = await target();
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );

describe(`scenario suite: local errors (profile ${process.env.MJ_PROFILE ?? 'doc'}${process.env.MJ_PROFILE && process.env.MJ_PROFILE !== 'doc' ? `, upstream ${process.env.MJ_UPSTREAM ?? 'ta'}` : ''})`, () => {
  it('imagine without a prompt', async () => {
    const error = await failure(t.direct.imagine({ prompt: '' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.name].missingPrompt);
  });

  it('fetch of an unknown task is a typed not-found', async () => {
    const error = await failure(t.direct.fetchTask('1000000000000000'));
    expect(error).toBeInstanceOf(MjTaskNotFoundError);
    expect(error).toMatchObject({ ...EXPECTED[t.name].unknownTask, taskId: '1000000000000000' });
  });

  it('swap without both images', async () => {
    const error = await failure(t.direct.swapFace({ sourceBase64: image('red'), targetBase64: '' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.name].swapWithoutImages);
  });

  it("a request without a key gets the profile's 401", async (ctx) => {
    if (!t.apiKey) t.skip(ctx, 'the target needs no key (MJ_API_KEY unset)');
    const anonymous = createMjClient({ baseUrl: t.directUrl });
    const error = await failure(anonymous.imagine({ prompt: 'a cat' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.name].noKey);
  });

  it('a body with wrong JSON types never gets a 5xx', async () => {
    const res = await fetch(`${t.directUrl}/mj/submit/imagine`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...t.authHeaders },
      body: '{"prompt": 7, "index": "one"}',
    });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});
