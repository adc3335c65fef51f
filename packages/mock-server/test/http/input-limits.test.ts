import { describe, expect, it } from 'vitest';
import { dataUrlOf, solidPng } from '../fuzz/hostile-images';
import { testApp } from '../support/app';

/**
 * Input limits wired into the gateway (issue #12 items 3, 4): a prompt over the mock safety limit is
 * answered with the mock error `prompt_too_long` on every prompt-taking route; an image over the image
 * limits (read from its header) with the upstream's `base64格式错误`; both limits are per mock.
 */
const PROMPT_ROUTES: [string, Record<string, unknown>][] = [
  ['/mj/submit/imagine', {}],
  ['/mj/submit/shorten', {}],
  ['/mj/submit/video', {}],
  ['/mj/submit/edits', { image: 'https://example.test/a.png' }],
  ['/mj/submit/modal', { taskId: '1' }],
];

describe('prompt_too_long (#12 item 4)', () => {
  it('is a 400 shape-A mock error on every prompt-taking route, at the limit + 1', async () => {
    const { http } = testApp();
    for (const [path, extra] of PROMPT_ROUTES) {
      const res = await http()
        .post(path)
        .send({ ...extra, prompt: 'a'.repeat(8_193) });
      expect([res.status, res.body], path).toEqual([
        400,
        { code: 4, description: 'prompt_too_long', type: 'upstream_error' },
      ]);
    }
    expect(
      (
        await http()
          .post('/mj/submit/imagine')
          .send({ prompt: 'a'.repeat(8_192) })
      ).body.code,
    ).toBe(1);
  });

  it('follows the mock own limit', async () => {
    const { http } = testApp({ limits: { maxPromptLength: 10 } });
    expect(
      (
        await http()
          .post('/mj/submit/imagine')
          .send({ prompt: 'a'.repeat(11) })
      ).status,
    ).toBe(400);
    expect(
      (
        await http()
          .post('/mj/submit/imagine')
          .send({ prompt: 'a'.repeat(10) })
      ).body.code,
    ).toBe(1);
  });
});

describe('image limits through the gateway (#12 item 3)', () => {
  it('answers base64格式错误 for an image over the limits, per mock', async () => {
    const small = dataUrlOf(solidPng(300, 200));
    const strict = testApp({ limits: { images: { maxEdge: 256 } } });
    const refused = await strict.http().post('/mj/submit/describe').send({ base64: small });
    expect(refused.body).toMatchObject({ code: 4, description: 'base64格式错误' });
    const open = testApp();
    expect((await open.http().post('/mj/submit/describe').send({ base64: small })).body.code).toBe(1);
  });

  it('describes with the size from the header, even above the decode limit', async () => {
    const { http, advance, mock } = testApp({ limits: { images: { maxEdge: 4096 } } });
    const wide = dataUrlOf(solidPng(3000, 1500));
    const id = (await http().post('/mj/submit/describe').send({ base64: wide })).body.result;
    await advance(60_000);
    const record = mock.engine.record(id);
    expect(record?.media).toMatchObject({ width: 3000, height: 1500 });
  });
});
