import { expect } from 'vitest';
import type { Expectation, Target } from './expectation';
import { nz, ta } from './sources';

/** `{png}` in a body string is replaced by a real PNG data URL by the runner. */
export const PNG = '{png}';
const NZ: Target = { profile: 'midjourney-proxy', upstream: 'nz' };
const TA: Target = { profile: 'midjourney-proxy', upstream: 'ta' };
const ID = expect.stringMatching(/^\d{16}$/);
const post = (path: string, json: unknown) => ({ method: 'POST' as const, path, json });
const env = (code: number, description: string, result: unknown = null, properties: unknown = {}) => ({
  code,
  description,
  result,
  properties,
});
/** NZ's envelope for a validation error: HTTP 200, code 4, the upstream's text (`SubmitResultVO.fail`). */
const nz4 = (description: string) => ({ status: 200, json: env(4, description) });

/**
 * What the upstream midjourney-proxy answers itself (spec/profiles.md §2), NZ and TA variants.
 * Every validation error is an HTTP 200 envelope with code 4 and the upstream's Chinese text.
 */
export const MIDJOURNEY_PROXY_EXPECTATIONS: Expectation[] = [
  // --- auth (spec mj-api.md §1.4) ---
  {
    name: 'NZ: wrong mj-api-secret → 401 with an empty body',
    target: NZ,
    setup: { keys: ['secret'] },
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { 'mj-api-secret': 'nope' },
      json: { prompt: 'a' },
    },
    expect: { status: 401, empty: true },
    source: nz('support/ApiAuthorizeInterceptor.java'),
  },
  {
    name: 'NZ: Authorization: Bearer is not read (only mj-api-secret) → 401',
    target: NZ,
    setup: { keys: ['secret'] },
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { authorization: 'Bearer secret' },
      json: { prompt: 'a' },
    },
    expect: { status: 401, empty: true },
    source: nz('support/ApiAuthorizeInterceptor.java'),
  },
  {
    name: 'TA: no key → 401 text "Authorization header missing."',
    target: TA,
    setup: { keys: ['secret'] },
    request: post('/mj/submit/imagine', { prompt: 'a' }),
    expect: { status: 401, text: 'Authorization header missing.' },
    source: ta('Midjourney.API/SimpleAuthMiddleware.cs'),
  },
  {
    name: 'TA: the raw Authorization value is the token (no Bearer stripping)',
    target: TA,
    setup: { keys: ['secret'] },
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { authorization: 'secret' },
      json: { prompt: 'a' },
    },
    expect: {
      status: 200,
      json: env(1, '提交成功', ID, {
        discordInstanceId: expect.any(String),
        discordChannelId: expect.any(String),
      }),
    },
    source: ta('Midjourney.API/WorkContext.cs'),
  },
  // --- code 1 / first waiting task / queue full ---
  {
    name: 'NZ: imagine → code 1 提交成功 with discordInstanceId only',
    target: NZ,
    request: post('/mj/submit/imagine', { prompt: 'a cat' }),
    expect: { status: 200, json: env(1, '提交成功', ID, { discordInstanceId: expect.any(String) }) },
    source: nz('loadbalancer/DiscordInstanceImpl.java'),
  },
  {
    name: 'NZ: the first task that waits (3 running, queue empty) still gets code 1',
    target: NZ,
    setup: { busy: 3 },
    request: post('/mj/submit/imagine', { prompt: 'a cat' }),
    expect: { status: 200, json: env(1, '提交成功', ID, { discordInstanceId: expect.any(String) }) },
    source: nz('loadbalancer/DiscordInstanceImpl.java'),
  },
  {
    name: 'NZ: a task with one waiting ahead → 22 排队中，前面还有1个任务',
    target: NZ,
    setup: { busy: 4 },
    request: post('/mj/submit/imagine', { prompt: 'a cat' }),
    expect: {
      status: 200,
      json: env(22, '排队中，前面还有1个任务', ID, {
        numberOfQueues: 1,
        discordInstanceId: expect.any(String),
      }),
    },
    source: nz('loadbalancer/DiscordInstanceImpl.java'),
  },
  {
    name: 'NZ: queue full → 23 队列已满，请稍后尝试, result null',
    target: NZ,
    setup: { busy: 13 },
    request: post('/mj/submit/imagine', { prompt: 'a cat' }),
    expect: {
      status: 200,
      json: env(23, '队列已满，请稍后尝试', null, { discordInstanceId: expect.any(String) }),
    },
    source: nz('loadbalancer/DiscordInstanceImpl.java'),
  },
  {
    name: 'TA: queue full → 9 提交失败，队列已满，请稍后重试',
    target: TA,
    setup: { busy: 13 },
    request: post('/mj/submit/imagine', { prompt: 'a cat' }),
    expect: {
      status: 200,
      json: env(9, '提交失败，队列已满，请稍后重试', null, {
        discordInstanceId: expect.any(String),
        discordChannelId: expect.any(String),
      }),
    },
    source: ta('Midjourney.Services/DiscordService.cs'),
  },
  // --- banned prompt ---
  {
    name: 'NZ: banned word on imagine → 24 with promptEn and bannedWord',
    target: NZ,
    setup: { config: { bannedWords: ['forbidden'] } },
    request: post('/mj/submit/imagine', { prompt: 'a forbidden cat' }),
    expect: {
      status: 200,
      json: env(24, '可能包含敏感词', null, { promptEn: 'a forbidden cat', bannedWord: 'forbidden' }),
    },
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'TA: banned word is accepted (code 1); the task fails later',
    target: TA,
    setup: { config: { bannedWords: ['forbidden'] } },
    request: post('/mj/submit/imagine', { prompt: 'a forbidden cat' }),
    expect: {
      status: 200,
      json: env(1, '提交成功', ID, {
        discordInstanceId: expect.any(String),
        discordChannelId: expect.any(String),
      }),
    },
    source: ta('Midjourney.Services/DiscordService.cs'),
  },
  // --- validation errors: 200 + code 4 ---
  {
    name: 'NZ: imagine without prompt',
    target: NZ,
    request: post('/mj/submit/imagine', {}),
    expect: nz4('prompt不能为空'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'TA: imagine without prompt',
    target: TA,
    request: post('/mj/submit/imagine', { prompt: ' ' }),
    expect: nz4('prompt不能为空'),
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'NZ: imagine with a base64Array that is no data URL',
    target: NZ,
    request: post('/mj/submit/imagine', { prompt: 'a', base64Array: ['nope'] }),
    expect: nz4('base64格式错误'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ: describe without base64',
    target: NZ,
    request: post('/mj/submit/describe', {}),
    expect: nz4('base64不能为空'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ: describe ignores link (base64 only)',
    target: NZ,
    request: post('/mj/submit/describe', { link: 'https://example.com/a.png' }),
    expect: nz4('base64不能为空'),
    source: nz('dto/SubmitDescribeDTO.java'),
  },
  {
    name: 'TA: describe without base64 or link',
    target: TA,
    request: post('/mj/submit/describe', {}),
    expect: nz4('base64或link不能为空'),
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'TA: describe with a link that is not http(s)',
    target: TA,
    request: post('/mj/submit/describe', { link: 'ftp://x' }),
    expect: nz4('链接格式错误'),
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'NZ: blend with one image → base64List参数错误',
    target: NZ,
    request: post('/mj/submit/blend', { base64Array: [PNG] }),
    expect: nz4('base64List参数错误'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'TA: blend with one image → 图片参数错误，2~5张图片',
    target: TA,
    request: post('/mj/submit/blend', { base64Array: [PNG] }),
    expect: nz4('图片参数错误，2~5张图片'),
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'NZ: blend with dimensions null → dimensions参数错误',
    target: NZ,
    request: post('/mj/submit/blend', { base64Array: [PNG, PNG], dimensions: null }),
    expect: nz4('dimensions参数错误'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ: change without taskId',
    target: NZ,
    request: post('/mj/submit/change', { action: 'UPSCALE', index: 1 }),
    expect: nz4('taskId不能为空'),
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ: change of an unknown task → 200 code 3',
    target: NZ,
    request: post('/mj/submit/change', { taskId: '1', action: 'UPSCALE', index: 1 }),
    expect: { status: 200, json: env(3, '关联任务不存在或已失效') },
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ: simple-change with bad content → content参数错误',
    target: NZ,
    request: post('/mj/submit/simple-change', { content: 'x' }),
    expect: nz4('content参数错误'),
    source: nz('util/ConvertUtils.java'),
  },
  {
    name: 'TA: action on an unknown task → HTTP 404 + code 3',
    target: TA,
    request: post('/mj/submit/action', { taskId: '1', customId: 'MJ::JOB::upsample::1::x' }),
    expect: { status: 404, json: env(3, '关联任务不存在或已失效') },
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'TA: action without customId → 参数错误',
    target: TA,
    request: post('/mj/submit/action', { taskId: '1' }),
    expect: nz4('参数错误'),
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  // --- unknown fetch ---
  {
    name: 'NZ: fetch of an unknown id → 200 with an empty body',
    target: NZ,
    request: { method: 'GET', path: '/mj/task/1234567890123456/fetch' },
    expect: { status: 200, empty: true },
    source: nz('controller/TaskController.java'),
  },
  {
    name: 'TA: fetch of an unknown id → 204',
    target: TA,
    request: { method: 'GET', path: '/mj/task/1234567890123456/fetch' },
    expect: { status: 204, empty: true },
    source: ta('Midjourney.API/Controllers/TaskController.cs'),
  },
  {
    name: 'TA: image-seed of an unknown id → 404 + code 3',
    target: TA,
    request: { method: 'GET', path: '/mj/task/1234567890123456/image-seed' },
    expect: { status: 404, json: env(3, '关联任务不存在或已失效') },
    source: ta('Midjourney.API/Controllers/TaskController.cs'),
  },
  // --- route sets ---
  {
    name: 'NZ: /task/list answers an array',
    target: NZ,
    request: { method: 'GET', path: '/mj/task/list' },
    expect: { status: 200, json: [] },
    source: nz('controller/TaskController.java'),
  },
  {
    name: 'NZ: /task/queue answers an array',
    target: NZ,
    request: { method: 'GET', path: '/mj/task/queue' },
    expect: { status: 200, json: [] },
    source: nz('controller/TaskController.java'),
  },
  {
    name: 'NZ has no /submit/action',
    target: NZ,
    request: post('/mj/submit/action', { taskId: '1', customId: 'x' }),
    expect: { status: 404 },
    source: nz('controller/SubmitController.java'),
  },
  {
    name: 'NZ has no speed prefixes',
    target: NZ,
    request: post('/mj-fast/mj/submit/imagine', { prompt: 'a' }),
    expect: { status: 404 },
    source: nz('src/main/resources/config/application.yml'),
  },
  {
    name: 'TA has no /submit/change',
    target: TA,
    request: post('/mj/submit/change', { taskId: '1', action: 'UPSCALE', index: 1 }),
    expect: { status: 404 },
    source: ta('Midjourney.API/Controllers/SubmitController.cs'),
  },
  {
    name: 'TA: list-by-ids is an alias of list-by-condition',
    target: TA,
    request: post('/mj/task/list-by-ids', { ids: ['1'] }),
    expect: { status: 200, json: [] },
    source: ta('Midjourney.API/Controllers/TaskController.cs'),
  },
  {
    name: 'TA: cancel of a running task → 200, empty body',
    target: TA,
    setup: { seed: { status: 'IN_PROGRESS' } },
    request: { method: 'POST', path: '/mj/task/{seed}/cancel' },
    expect: { status: 200, empty: true },
    source: ta('Midjourney.API/Controllers/TaskController.cs'),
  },
];
