import { expect } from 'vitest';
import type { Expectation, Target } from './expectation';
import { na } from './sources';

const NA_TA: Target = { profile: 'new-api', upstream: 'ta' };
const NA_NZ: Target = { profile: 'new-api', upstream: 'nz' };
const ID = expect.stringMatching(/^\d{16}$/);
const REQUEST_ID = String.raw`\(request id: [^)]+\)`;
const bearer = (key = 'sk-user') => ({ authorization: `Bearer ${key}` });
const post = (path: string, json: unknown, key = 'sk-user') => ({
  method: 'POST' as const,
  path,
  headers: bearer(key),
  json,
});
/** new-api's relay error (shape A): HTTP 400, keys sorted (a Go map), description `<name> ` (trailing space). */
const shapeA = (name: string, code = 4) => ({
  status: 400,
  text: `{"code":${code},"description":"${name} ","type":"upstream_error"}`,
});
/** new-api's distributor/auth error (shape B). */
const shapeB = (status: number, message: RegExp, code = '') => ({
  status,
  json: { error: { message: expect.stringMatching(message), type: 'new_api_error', code } },
});
const keys = { keys: ['user'] };

/**
 * What the new-api gateway answers in front of a midjourney-proxy upstream (spec/profiles.md §1):
 * distributor first (auth, body decode, customId, model), then the relay (local shape-A errors),
 * then the upstream's bytes with two rewrites (22 → 1, 21 → 1 except INPAINT/CUSTOM_ZOOM).
 */
export const NEW_API_EXPECTATIONS: Expectation[] = [
  // --- 1. auth (middleware/auth.go TokenAuth) ---
  {
    name: 'no key → 401 shape B, code ""',
    target: NA_TA,
    setup: keys,
    request: { method: 'POST', path: '/mj/submit/imagine', json: { prompt: 'a' } },
    expect: shapeB(401, new RegExp(`^Invalid token ${REQUEST_ID}$`)),
    source: na('middleware/auth.go'),
  },
  {
    name: 'Bearer sk-<key> is accepted',
    target: NA_TA,
    setup: keys,
    request: post('/mj/submit/imagine', { prompt: 'a' }),
    expect: { status: 200, json: expect.objectContaining({ code: 1, result: ID }) },
    source: na('middleware/auth.go'),
  },
  {
    name: 'lower-case "bearer", no sk-, and a -channel suffix select the same key',
    target: NA_TA,
    setup: keys,
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { authorization: 'bearer user-7' },
      json: { prompt: 'a' },
    },
    expect: { status: 200, json: expect.objectContaining({ code: 1 }) },
    source: na('middleware/auth.go'),
  },
  {
    name: 'Authorization "midjourney-proxy" falls back to mj-api-secret',
    target: NA_TA,
    setup: keys,
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { authorization: 'midjourney-proxy', 'mj-api-secret': 'sk-user' },
      json: { prompt: 'a' },
    },
    expect: { status: 200, json: expect.objectContaining({ code: 1 }) },
    source: na('middleware/auth.go'),
  },
  // --- 2. body decode in the distributor ---
  {
    name: 'malformed JSON → 400 shape B Invalid request: Invalid Midjourney request: …',
    target: NA_TA,
    request: {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { 'content-type': 'application/json' },
      raw: '{',
    },
    expect: shapeB(400, new RegExp(`^Invalid request: Invalid Midjourney request: .+ ${REQUEST_ID}$`)),
    source: na('middleware/distributor.go'),
  },
  {
    name: 'a wrong JSON type of a DTO field → 400 shape B',
    target: NA_TA,
    request: post('/mj/submit/imagine', { prompt: 5 }),
    expect: shapeB(400, /^Invalid request: Invalid Midjourney request: json: cannot unmarshal number/),
    source: na('dto/midjourney.go'),
  },
  // --- 3. customId parsing (service/midjourney.go CoverPlusActionToNormalAction) ---
  {
    name: 'action without customId → 400 shape B custom_id_is_required',
    target: NA_TA,
    request: post('/mj/submit/action', { taskId: '1' }),
    expect: shapeB(400, /custom_id_is_required/),
    source: na('service/midjourney.go'),
  },
  {
    name: 'a PicReader customId → 400 shape B unknown_action:<id>',
    target: NA_TA,
    request: post('/mj/submit/action', { taskId: '1', customId: 'MJ::Job::PicReader::1' }),
    expect: shapeB(400, /unknown_action:MJ::Job::PicReader::1/),
    source: na('service/midjourney.go'),
  },
  // --- 4. no channel for the model ---
  {
    name: 'simple-change → 503 shape B model_not_found',
    target: NA_TA,
    request: post('/mj/submit/simple-change', { content: '1 U1' }),
    expect: shapeB(503, /.+/, 'model_not_found'),
    source: na('relay/constant/relay_mode.go'),
  },
  // --- 5. relay local errors (shape A, trailing space) ---
  {
    name: 'imagine without prompt → prompt_is_required ',
    target: NA_TA,
    request: post('/mj/submit/imagine', {}),
    expect: shapeA('prompt_is_required'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'change with index 0 → index_is_required  (also REROLL)',
    target: NA_NZ,
    request: post('/mj/submit/change', { taskId: '1', action: 'REROLL' }),
    expect: shapeA('index_is_required'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'action on an unknown task → task_not_found ',
    target: NA_TA,
    request: post('/mj/submit/action', { taskId: '1234567890123456', customId: 'MJ::JOB::upsample::1::x' }),
    expect: shapeA('task_not_found'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'action on a running task → task_status_not_success ',
    target: NA_TA,
    setup: { seed: { status: 'IN_PROGRESS' } },
    request: post('/mj/submit/action', { taskId: '{seed}', customId: 'MJ::JOB::upsample::1::x' }),
    expect: shapeA('task_status_not_success'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'swap without both images → sour_base64_and_target_base64_is_required ',
    target: NA_TA,
    request: post('/mj/insight-face/swap', { sourceBase64: 'x' }),
    expect: shapeA('sour_base64_and_target_base64_is_required'),
    source: na('relay/mjproxy_handler.go'),
  },
  // --- routes the upstream lacks: forwarded to the same path, the upstream's 404 has no body ---
  {
    name: "change behind trueai (no /submit/change) → the upstream's 404, empty",
    target: NA_TA,
    setup: { seed: {} },
    request: post('/mj/submit/change', { taskId: '{seed}', action: 'UPSCALE', index: 1 }),
    expect: { status: 404, empty: true },
    source: na(
      'service/midjourney.go DoMidjourneyHttpRequest (empty body: no error); relay/mjproxy_handler.go',
    ),
  },
  {
    name: "action behind novicezk (no /submit/action) → the upstream's 404, empty",
    target: NA_NZ,
    setup: { seed: {} },
    request: post('/mj/submit/action', { taskId: '{seed}', customId: 'MJ::JOB::upsample::1::x' }),
    expect: { status: 404, empty: true },
    source: na('relay/mjproxy_handler.go RelayMidjourneySubmit'),
  },
  {
    name: 'image-seed behind novicezk → 200 with the marshalled empty_response_body (status set again)',
    target: NA_NZ,
    setup: { seed: {} },
    request: { method: 'GET', path: '/mj/task/{seed}/image-seed', headers: bearer() },
    expect: {
      status: 200,
      text: '{"code":5,"description":"empty_response_body","properties":null,"result":""}',
    },
    source: na('relay/mjproxy_handler.go RelayMidjourneyTaskImageSeed; service IOCopyBytesGracefully'),
  },
  {
    name: 'change behind novicezk reaches the upstream',
    target: NA_NZ,
    setup: { seed: {} },
    request: post('/mj/submit/change', { taskId: '{seed}', action: 'UPSCALE', index: 1 }),
    expect: { status: 200, json: expect.objectContaining({ code: 1, result: ID }) },
    source: na('relay/mjproxy_handler.go RelayMidjourneySubmit'),
  },
  {
    name: 'fetch of an unknown id → task_no_found ',
    target: NA_TA,
    request: { method: 'GET', path: '/mj/task/1234567890123456/fetch', headers: bearer() },
    expect: shapeA('task_no_found'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'image-seed of an unknown id → task_no_found ',
    target: NA_TA,
    request: { method: 'GET', path: '/mj/task/1234567890123456/image-seed', headers: bearer() },
    expect: shapeA('task_no_found'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'list-by-condition with non-string ids → do_request_failed ',
    target: NA_TA,
    request: post('/mj/task/list-by-condition', { ids: [1] }),
    expect: shapeA('do_request_failed'),
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'an empty taskId is forwarded: the upstream (NZ) answers 200 code 4 taskId不能为空',
    target: NA_NZ,
    request: post('/mj/submit/change', { taskId: '', action: 'UPSCALE', index: 1 }),
    expect: { status: 200, json: { code: 4, description: 'taskId不能为空', result: null, properties: {} } },
    source: na('relay/mjproxy_handler.go'),
  },
  // --- 6. forwarded answers ---
  {
    name: 'a queued submit: 22 → 1, description and numberOfQueues kept; no Content-Type (Go sniffs)',
    target: NA_TA,
    setup: { busy: 4 },
    request: post('/mj/submit/imagine', { prompt: 'a' }),
    expect: {
      status: 200,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      json: {
        code: 1,
        description: '排队中，前面还有1个任务',
        result: ID,
        properties: {
          numberOfQueues: 1,
          discordInstanceId: expect.any(String),
          discordChannelId: expect.any(String),
        },
      },
    },
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'queue full from TA passes through: 200 code 9',
    target: NA_TA,
    setup: { busy: 13 },
    request: post('/mj/submit/imagine', { prompt: 'a' }),
    expect: {
      status: 200,
      json: expect.objectContaining({ code: 9, description: '提交失败，队列已满，请稍后重试' }),
    },
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'queue full from NZ passes through: 200 code 23',
    target: NA_NZ,
    setup: { busy: 13 },
    request: post('/mj/submit/imagine', { prompt: 'a' }),
    expect: { status: 200, json: expect.objectContaining({ code: 23, result: null }) },
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: 'an upstream code 4 passes through with HTTP 200 (not 400)',
    target: NA_TA,
    request: post('/mj/submit/describe', { base64Array: ['{png}'] }),
    expect: {
      status: 200,
      json: { code: 4, description: 'base64或link不能为空', result: null, properties: {} },
    },
    source: na('relay/mjproxy_handler.go'),
  },
  // --- 7. task view (the DTO over time is a story: test/profiles/new-api-task-view.test.ts) ---
  {
    name: '/mj/image/:id of an unknown id → 400 {"error":"midjourney_task_not_found"}, no key needed',
    target: NA_TA,
    setup: keys,
    request: { method: 'GET', path: '/mj/image/1234567890123456' },
    expect: { status: 400, text: '{"error":"midjourney_task_not_found"}' },
    source: na('relay/mjproxy_handler.go'),
  },
  {
    name: '/:mode/mj/... accepts any one path segment',
    target: NA_TA,
    request: post('/anything/mj/submit/imagine', { prompt: 'a' }),
    expect: { status: 200, json: expect.objectContaining({ code: 1 }) },
    source: na('router/relay-router.go'),
  },
];
