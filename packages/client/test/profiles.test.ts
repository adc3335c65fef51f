import { describe, expect, it } from 'vitest';
import {
  createMjClient,
  isQueued,
  isQueueFull,
  isTaskNotFound,
  MjApiError,
  MjTaskNotFoundError,
} from '../src';

/** What a profile's server answers, as bytes: status, Content-Type (none when absent) and body text. */
interface Answer {
  status: number;
  type?: string;
  text: string;
}

/** A client over a fake fetch that answers `answer` to every request (the parsing is what is tested). */
function clientAnswering(answer: Answer) {
  return createMjClient({
    baseUrl: 'http://127.0.0.1:1',
    apiKey: 'sk-test',
    fetch: async () =>
      new Response(answer.status === 204 ? null : answer.text, {
        status: answer.status,
        headers: answer.type ? { 'content-type': answer.type } : {},
      }),
  });
}
const fail = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => e,
  );
const ID = '1748339029401828';

describe('new-api answers (QuantumNous/new-api)', () => {
  it('a forwarded submit is JSON labelled text/plain; 22 rewritten to 1 still reads as queued (relay/mjproxy_handler.go)', async () => {
    const mj = clientAnswering({
      status: 200,
      type: 'text/plain; charset=utf-8',
      text: `{"code":1,"description":"排队中，前面还有1个任务","result":"${ID}","properties":{"numberOfQueues":1}}`,
    });
    const submitted = await mj.imagine({ prompt: 'a cat' });
    expect(submitted).toMatchObject({ code: 1, taskId: ID, properties: { numberOfQueues: 1 } });
    expect(isQueued(submitted)).toBe(true);
  });

  it('shape A keeps the trailing space in description, names the error (controller/relay.go)', async () => {
    const mj = clientAnswering({
      status: 400,
      type: 'application/json; charset=utf-8',
      text: '{"code":4,"description":"prompt_is_required ","type":"upstream_error"}',
    });
    const error = await fail(mj.imagine({ prompt: '' }));
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject({
      status: 400,
      code: 4,
      description: 'prompt_is_required ',
      localError: 'prompt_is_required',
    });
  });

  it.each([
    [401, '', 'Invalid token (request id: 2026112900000001)', 'invalid_api_key'],
    [
      400,
      '',
      'Invalid request: Invalid Midjourney request: unexpected end of JSON input (request id: 7)',
      'bind_request_body_failed',
    ],
    [400, '', 'unknown_action:MJ::Job::PicReader::1 (request id: 7)', 'unknown_action'],
    [400, '', 'custom_id_is_required (request id: 7)', 'custom_id_is_required'],
    [503, 'model_not_found', 'no channel for model mj_simple_change (request id: 7)', 'model_not_found'],
  ] as const)(
    'shape B %i code "%s" → MjApiError %s (middleware/auth.go, middleware/distributor.go)',
    async (status, code, message, local) => {
      const mj = clientAnswering({
        status,
        type: 'application/json; charset=utf-8',
        text: JSON.stringify({ error: { message, type: 'new_api_error', code } }),
      });
      const error = (await fail(mj.imagine({ prompt: 'a' }))) as MjApiError;
      expect(error).toBeInstanceOf(MjApiError);
      expect(error).toMatchObject({ status, code: undefined, description: message, localError: local });
      expect(error.requestId).toMatch(/^\d+$/);
      expect(error.retryable).toBe(false);
    },
  );

  it('an unknown fetch (task_no_found ) is a typed not-found (relay/mjproxy_handler.go)', async () => {
    const mj = clientAnswering({
      status: 400,
      type: 'application/json; charset=utf-8',
      text: '{"code":4,"description":"task_no_found ","type":"upstream_error"}',
    });
    const error = await fail(mj.fetchTask(ID));
    expect(error).toBeInstanceOf(MjTaskNotFoundError);
    expect(error).toMatchObject({ taskId: ID, status: 400, localError: 'task_no_found' });
  });
});

describe('midjourney-proxy answers', () => {
  it('NZ: an unknown fetch is HTTP 200 with an empty body (controller/TaskController.java)', async () => {
    const error = await fail(clientAnswering({ status: 200, text: '' }).fetchTask(ID));
    expect(error).toBeInstanceOf(MjTaskNotFoundError);
    expect(error).toBeInstanceOf(MjApiError);
    expect(error).toMatchObject({ status: 200, localError: 'task_not_found', taskId: ID });
    expect(isTaskNotFound(error)).toBe(true);
  });

  it('TA: an unknown fetch is 204 (Controllers/TaskController.cs); image-seed is 404 code 3', async () => {
    expect(await fail(clientAnswering({ status: 204, text: '' }).fetchTask(ID))).toMatchObject({
      name: 'MjTaskNotFoundError',
      status: 204,
    });
    const seed = await fail(
      clientAnswering({
        status: 404,
        type: 'application/json; charset=utf-8',
        text: '{"code":3,"description":"关联任务不存在或已失效","result":null,"properties":{}}',
      }).imageSeed(ID),
    );
    expect(seed).toBeInstanceOf(MjTaskNotFoundError);
    expect(seed).toMatchObject({ status: 404, code: 3, description: '关联任务不存在或已失效' });
  });

  it('NZ: 401 with an empty body; TA: 401 text (support/ApiAuthorizeInterceptor.java, SimpleAuthMiddleware.cs)', async () => {
    const nz = await fail(clientAnswering({ status: 401, text: '' }).imagine({ prompt: 'a' }));
    expect(nz).toMatchObject({ status: 401, code: undefined, localError: 'invalid_api_key' });
    const ta = await fail(
      clientAnswering({ status: 401, type: 'text/plain', text: 'Authorization header missing.' }).imagine({
        prompt: 'a',
      }),
    );
    expect(ta).toMatchObject({
      status: 401,
      description: 'Authorization header missing.',
      localError: 'invalid_api_key',
    });
  });

  it('a validation error is HTTP 200 code 4, and TA queue full is 9 (SubmitController.java, DiscordService.cs)', async () => {
    const v = await fail(
      clientAnswering({
        status: 200,
        type: 'application/json',
        text: '{"code":4,"description":"prompt不能为空","result":null,"properties":{}}',
      }).imagine({ prompt: '' }),
    );
    expect(v).toMatchObject({ status: 200, code: 4, description: 'prompt不能为空', localError: undefined });
    const full = await fail(
      clientAnswering({
        status: 200,
        type: 'application/json',
        text: '{"code":9,"description":"提交失败，队列已满，请稍后重试","result":null,"properties":{}}',
      }).imagine({ prompt: 'a' }),
    );
    expect(isQueueFull(full)).toBe(true);
    expect((full as MjApiError).retryable).toBe(true);
  });

  it('a task that exists is not a not-found', async () => {
    const task = await clientAnswering({
      status: 200,
      type: 'application/json',
      text: `{"id":"${ID}","status":""}`,
    }).fetchTask(ID);
    expect(task).toMatchObject({ id: ID, status: '' });
    expect(
      isTaskNotFound(new MjApiError({ code: 4, description: 'prompt不能为空', status: 200, body: {} })),
    ).toBe(false);
  });
});
