import type { Profile } from '@mjkit/contract';
import { MjApiError } from '@mjkit/client';
import { beforeAll, describe, expect, it } from 'vitest';
import { image, type Target, target } from './target';

/**
 * Negative scenarios, sent straight to the target (not through Prism, which answers invalid requests
 * itself). What each layer answers differs (spec §7, §8), so expectations are keyed on the profile.
 */
const EXPECTED: Record<
  Profile,
  Record<'missingPrompt' | 'unknownTask' | 'swapWithoutImages', Partial<MjApiError>>
> = {
  doc: {
    missingPrompt: {
      status: 400,
      code: 4,
      description: 'prompt_is_required',
      localError: 'prompt_is_required',
    },
    unknownTask: { status: 400, code: 4, localError: 'task_not_found' },
    swapWithoutImages: { status: 400, code: 4, localError: 'sour_base64_and_target_base64_is_required' },
  },
  'new-api': {
    missingPrompt: {
      status: 400,
      code: 4,
      description: 'prompt_is_required ',
      localError: 'prompt_is_required',
    },
    unknownTask: { status: 400, code: 4, description: 'task_no_found ', localError: 'task_no_found' },
    swapWithoutImages: { status: 400, code: 4, localError: 'sour_base64_and_target_base64_is_required' },
  },
  'midjourney-proxy': {
    missingPrompt: { status: 200, code: 4, description: 'prompt不能为空' },
    unknownTask: { localError: 'task_not_found' },
    swapWithoutImages: { status: 200, code: 4 },
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

describe(`scenario suite: local errors (profile ${process.env.MJ_PROFILE ?? 'doc'})`, () => {
  it('imagine without a prompt', async () => {
    const error = await failure(t.direct.imagine({ prompt: '' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.profile].missingPrompt);
  });

  it('fetch of an unknown task', async () => {
    const error = await failure(t.direct.fetchTask('1000000000000000'));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.profile].unknownTask);
  });

  it('swap without both images', async () => {
    const error = await failure(t.direct.swapFace({ sourceBase64: image('red'), targetBase64: '' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject(EXPECTED[t.profile].swapWithoutImages);
  });

  it('a body with wrong JSON types never gets a 5xx', async () => {
    const res = await fetch(`${t.directUrl}/mj/submit/imagine`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(t.apiKey ? { authorization: `Bearer ${t.apiKey}` } : {}),
      },
      body: '{"prompt": 7, "index": "one"}',
    });
    expect(res.status).toBeLessThan(500);
    expect(res.headers.get('content-type')).toMatch(/json/);
  });
});
