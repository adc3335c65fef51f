import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node';
import { pngDataUrl } from '../support/builders';

/**
 * What a newcomer does with the gateway page (spec/gateway-doc.txt): send its bodies with curl
 * against the mock (host and key replaced).
 */
describe('the gateway doc’s own examples, sent as a newcomer would', () => {
  let server: RunningMockServer;
  beforeAll(async () => {
    server = await startMockServer({
      port: 0,
      clock: 'manual',
      config: { keys: ['sk-newcomer'], imageSize: 64 },
    });
  });
  afterAll(() => server.close());

  const post = async (path: string, body: unknown) => {
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { Authorization: 'Bearer sk-newcomer', 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { result?: string; code?: number } };
  };

  it('"提交 Imagine 任务" with a real PNG instead of xxx: code 1, then SUCCESS via fetch', async () => {
    const png = await pngDataUrl();
    const { status, body } = await post('/mj/submit/imagine', {
      mode: 'RELAX',
      prompt: 'Cat',
      base64Array: [png, png],
      state: '',
      notifyHook: '',
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({
      code: 1,
      description: 'Submit success',
      result: expect.stringMatching(/^\d{16}$/),
    });
    await fetch(`${server.url}/__mock/clock/advance`, {
      method: 'POST',
      // With API keys set and no control key, the control API takes an API key (#12 item 2).
      headers: { 'content-type': 'application/json', Authorization: 'Bearer sk-newcomer' },
      body: '{"ms":20000}',
    });
    const task = await fetch(`${server.url}/mj/task/${body.result}/fetch`, {
      headers: { Authorization: 'Bearer sk-newcomer' },
    }).then((r) => r.json());
    // The uploaded images' URLs go before the prompt (NZ TaskServiceImpl.submitImagine, profiles.md §3).
    expect(task).toMatchObject({ status: 'SUCCESS', progress: '100%', mode: 'RELAX' });
    const upload = `${server.url}/cdn/uploads/\\S+`;
    expect((task as { prompt: string }).prompt).toMatch(new RegExp(`^${upload} ${upload} Cat$`));
  });

  it.each([
    [
      'the page’s imagine example as written',
      {
        mode: 'RELAX',
        prompt: 'Cat',
        base64Array: ['data:image/png;base64,xxx1', 'data:image/png;base64,xxx2'],
        state: '',
        notifyHook: '',
      },
    ],
    [
      'the curl block with "<string>" placeholders',
      {
        mode: '<string>',
        prompt: '<string>',
        base64Array: ['<string>'],
        state: '<string>',
        notifyHook: '<string>',
        dimensions: '<string>',
        botType: '<string>',
        taskId: '<string>',
        maskBase64: '<string>',
        index: 123,
        motion: '<string>',
        action: '<string>',
      },
    ],
  ])('%s: the upstream’s code-4 envelope base64格式错误, no task', async (_name, body) => {
    const state = () =>
      fetch(`${server.url}/__mock/state`).then((r) => r.json() as Promise<{ counts: object }>);
    const before = await state();
    const res = await post('/mj/submit/imagine', body);
    expect(res).toEqual({
      status: 200,
      body: { code: 4, description: 'base64格式错误', result: null, properties: {} },
    });
    const after = await state();
    expect(after.counts).toEqual(before.counts);
  });
});
