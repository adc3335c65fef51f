import { loadExample, PLACEHOLDER_REQUEST_ERRORS } from '@mjkit/contract/fixtures';
import { describe, expect, it } from 'vitest';
import { pngDataUrl } from '../support/builders';
import { flow } from '../support/flow';

const A = (description: string) => ({ status: 400, body: { code: 4, description, type: 'upstream_error' } });
const E = (description: string, code = 4) => ({
  status: 200,
  body: { code, description, result: null, properties: {} },
});

/** A mock with a finished grid (`done`), a running task (`running`) and a finished video. */
async function world() {
  const f = flow();
  const done = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'a cat' })).result);
  const video = await f.finish((await f.submit('/mj/submit/video', { prompt: 'a car' })).result);
  const running = (await f.submit('/mj/submit/imagine', { prompt: 'still running' })).result;
  const png = await pngDataUrl();
  return { f, done, video, running, png, u1: done.buttons[0]!.customId };
}
type World = Awaited<ReturnType<typeof world>>;

const CASES: [string, string, (w: World) => object, (w: World) => { status: number; body: object }][] = [
  ['action', 'without customId', (w) => ({ taskId: w.done.id }), () => A('custom_id_is_required')],
  [
    'action',
    'with an unknown customId',
    (w) => ({ taskId: w.done.id, customId: 'MJ::nope' }),
    () => A('unknown_action: MJ::nope'),
  ],
  ['action', 'without taskId', (w) => ({ customId: w.u1 }), () => A('task_id_is_required')],
  [
    'action',
    'on an unknown task',
    (w) => ({ taskId: '1234567890123456', customId: w.u1 }),
    () => A('task_not_found'),
  ],
  [
    'action',
    'on a task still running',
    (w) => ({ taskId: w.running, customId: w.u1 }),
    () => A('task_status_not_success'),
  ],
  ['modal', 'without taskId', () => ({ prompt: 'x' }), () => A('task_id_is_required')],
  ['modal', 'on an unknown task', () => ({ taskId: '1234567890123456' }), () => A('task_not_found')],
  ['modal', 'on a task not in MODAL', (w) => ({ taskId: w.done.id }), () => E('关联任务状态错误')],
  ['change', 'without taskId', () => ({ action: 'UPSCALE', index: 1 }), () => A('task_id_is_required')],
  ['change', 'without action', (w) => ({ taskId: w.done.id, index: 1 }), () => A('action_is_required')],
  [
    'change',
    'without index (REROLL too)',
    (w) => ({ taskId: w.done.id, action: 'REROLL' }),
    () => A('index_is_required'),
  ],
  [
    'change',
    'with a bad action',
    (w) => ({ taskId: w.done.id, action: 'ZOOM', index: 1 }),
    () => E('action参数错误'),
  ],
  [
    'change',
    'on an unknown task',
    () => ({ taskId: '1234567890123456', action: 'UPSCALE', index: 1 }),
    () => A('task_not_found'),
  ],
  [
    'change',
    'on a task that is not a grid',
    (w) => ({ taskId: w.video.id, action: 'UPSCALE', index: 1 }),
    () => E('关联任务不允许执行变化'),
  ],
  ['simple-change', 'without content', () => ({}), () => A('content_is_required')],
  [
    'simple-change',
    'with unparseable content',
    () => ({ content: '123 U9' }),
    () => A('content_parse_failed'),
  ],
  ['blend', 'with one image', (w) => ({ base64Array: [w.png] }), () => E('base64List参数错误')],
  ['blend', 'with six images', (w) => ({ base64Array: Array(6).fill(w.png) }), () => E('base64List参数错误')],
  [
    'blend',
    'with bad dimensions',
    (w) => ({ base64Array: [w.png, w.png], dimensions: 'WIDE' }),
    () => E('dimensions参数错误'),
  ],
  [
    'blend',
    'with a bad image',
    (w) => ({ base64Array: [w.png, 'data:image/png;base64,xxx'] }),
    () => E('base64格式错误'),
  ],
  ['describe', 'without an image', () => ({}), () => E('base64不能为空')],
  [
    'describe',
    'with a bad image',
    () => ({ base64: 'data:image/png;base64,xxx' }),
    () => E('base64格式错误'),
  ],
  ['shorten', 'without a prompt', () => ({}), () => E('prompt不能为空')],
  [
    'swap',
    'without targetBase64',
    (w) => ({ sourceBase64: w.png }),
    () => A('sour_base64_and_target_base64_is_required'),
  ],
  [
    'swap',
    'with the same image twice',
    (w) => ({ sourceBase64: w.png, targetBase64: w.png }),
    () => E('人脸图片和目标图片不能相同'),
  ],
  ['video', 'without a prompt', () => ({ motion: 'low' }), () => E('Prompt 不能为空')],
  [
    'video',
    'extend without taskId',
    () => ({ prompt: 'x', action: 'extend' }),
    () => A('task_id_is_required'),
  ],
  [
    'video',
    'extend of an image task',
    (w) => ({ prompt: 'x', action: 'extend', taskId: w.done.id }),
    () => E('任务类型错误'),
  ],
  ['edits', 'without an image', () => ({ prompt: 'x' }), () => E('image或prompt不能为空')],
  [
    'upload-discord-images',
    'with no images',
    () => ({ base64Array: [] }),
    () => ({ status: 200, body: { code: 4, description: 'base64 参数错误', result: null } }),
  ],
];

const PATHS: Record<string, string> = { swap: '/mj/insight-face/swap' };

describe('documented errors of every route', () => {
  it.each(CASES)('%s %s', async (route, _name, body, expected) => {
    const w = await world();
    const res = await w.f
      .http()
      .post(PATHS[route] ?? `/mj/submit/${route}`)
      .send(body(w));
    expect({ status: res.status, body: res.body }).toEqual(expected(w));
  });

  it.each(['/mj/submit/action', '/mj/submit/blend', '/mj/insight-face/swap', '/mj/submit/video'])(
    '%s: wrong JSON types → bind_request_body_failed',
    async (path) => {
      const res = await flow().http().post(path).send({ taskId: 1, base64Array: 'x', index: 'one' });
      expect({ status: res.status, body: res.body }).toEqual(A('bind_request_body_failed'));
    },
  );

  it('image-seed of an unknown task → task_not_found', async () => {
    const res = await flow().http().get('/mj/task/1234567890123456/image-seed');
    expect({ status: res.status, body: res.body }).toEqual(A('task_not_found'));
  });
});

describe('doc-written fixture requests with placeholder images get what the real layer answers', () => {
  const ROUTE_OF: Record<string, string> = {
    'request--blend-newapi-docs.json': '/mj/submit/blend',
    'request--describe-nz.json': '/mj/submit/describe',
    'request--describe-ta-user.json': '/mj/submit/describe',
    'request--modal-apifox.json': '/mj/submit/modal',
    'request--swap-face-newapi-docs.json': '/mj/insight-face/swap',
    'request--upload-discord-images-apifox.json': '/mj/submit/upload-discord-images',
    'request--upload-discord-images-ta-user.json': '/mj/submit/upload-discord-images',
  };

  it.each(Object.entries(PLACEHOLDER_REQUEST_ERRORS))('%s', async (file, expected) => {
    const f = flow();
    let body = loadExample(file) as Record<string, unknown>;
    if (file.startsWith('request--modal')) {
      // The modal example names a task the mock does not have: create a real MODAL task for it.
      const grid = await f.finish((await f.submit('/mj/submit/imagine', { prompt: 'x' })).result);
      const u1 = await f.finish((await f.press(grid, 'U1')).result);
      body = { ...body, taskId: (await f.press(u1, 'Vary (Region)')).result };
    }
    const res = await f.http().post(ROUTE_OF[file]!).send(body);
    expect(res.status).toBe(expected.status);
    expect(res.body).toMatchObject({ code: expected.code, description: expected.description });
  });
});
