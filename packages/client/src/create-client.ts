import {
  ACCEPTED_RETURN_CODES,
  type ActionBody,
  type BlendBody,
  type ChangeBody,
  type DescribeBody,
  type EditsBody,
  type ImagineBody,
  type ModalBody,
  type ShortenBody,
  type SimpleChangeBody,
  SPEED_MODE_PREFIXES,
  type SubmitResultWire,
  type SwapFaceBody,
  type UploadBody,
  type VideoBody,
} from '@mjkit/contract/core';
import { createFetcher } from './fetcher';
import { toMjApiError } from './mj-api-error';
import { createRawClient } from './raw-client';
import { withRetry } from './retry';
import { realSleep } from './sleep';
import { type MjTask, toTask } from './task';
import { notFoundOr } from './task-not-found';
import type { CallOptions, MjClient, MjClientOptions, Submitted } from './mj-client';

/** A plain object with a numeric `code`: the envelope every submit answers with. */
function isEnvelope(body: unknown): body is SubmitResultWire {
  return body !== null && typeof body === 'object' && typeof (body as { code?: unknown }).code === 'number';
}

const ACCEPTED: readonly number[] = ACCEPTED_RETURN_CODES;

/** Reads a submit answer: accepted codes become {@link Submitted}; anything else an {@link MjApiError}. */
export function readSubmitted(status: number, body: unknown): Submitted {
  if (
    status === 200 &&
    isEnvelope(body) &&
    ACCEPTED.includes(body.code) &&
    (typeof body.result === 'string' || typeof body.result === 'number')
  ) {
    return {
      code: body.code as Submitted['code'],
      taskId: String(body.result),
      description: typeof body.description === 'string' ? body.description : '',
      properties: body.properties && typeof body.properties === 'object' ? body.properties : {},
      raw: body,
    };
  }
  throw toMjApiError(status, body);
}

/**
 * Creates a typed client for the `/mj/*` API (DESIGN.md §4): one method per route, typed bodies and
 * results, errors as {@link MjApiError}. Runs in browsers and Node 20+ (only `fetch`).
 * @example
 * const mj = createMjClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'sk-…' });
 * const { taskId } = await mj.imagine({ prompt: 'a lighthouse --ar 16:9' });
 */
export function createMjClient(options: MjClientOptions): MjClient {
  const base = options.baseUrl.replace(/\/+$/, '');
  const prefix = options.mode && options.modeVia === 'prefix' ? SPEED_MODE_PREFIXES[options.mode] : '';
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) {
    const how = options.authHeader ?? 'authorization';
    if (how !== 'mj-api-secret') headers.authorization = `Bearer ${options.apiKey}`;
    if (how !== 'authorization') headers['mj-api-secret'] = options.apiKey;
  }
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const raw = createRawClient({
    baseUrl: `${base}${prefix}`,
    headers,
    fetcher: createFetcher(fetchImpl),
    validate: options.validate,
  });
  const sleep = options.sleep ?? realSleep;
  const retried = <T>(name: string, op: () => Promise<T>, call?: CallOptions) =>
    withRetry(name, op, options.retry, sleep, call?.signal);
  const withMode = <B extends { mode?: string }>(body: B): B =>
    options.mode && options.modeVia !== 'prefix' && body.mode === undefined
      ? { ...body, mode: options.mode }
      : body;
  const fetchOptions = (call?: CallOptions) => ({
    ...(call?.signal ? { fetchOptions: { signal: call.signal } } : {}),
    ...(call?.extraFields ? { extraFields: call.extraFields } : {}),
  });

  type SubmitCall<B> = (body: B, call?: CallOptions) => Promise<Submitted>;
  const submit =
    <B extends { mode?: string }>(
      name: string,
      send: (body: B, call?: CallOptions) => Promise<{ status: number; body: unknown }>,
    ): SubmitCall<B> =>
    (body, call) =>
      retried(
        name,
        async () => {
          const res = await send(withMode(body), call);
          return readSubmitted(res.status, res.body);
        },
        call,
      );

  const client: MjClient = {
    raw,
    /** The base URL requests go to (with the mode prefix, if any). */
    baseUrl: `${base}${prefix}`,
    imagine: submit<ImagineBody>('imagine', (body, c) => raw.imagine({ body, ...fetchOptions(c) })),
    blend: submit<BlendBody>('blend', (body, c) => raw.blend({ body, ...fetchOptions(c) })),
    describe: submit<DescribeBody>('describe', (body, c) => raw.describe({ body, ...fetchOptions(c) })),
    shorten: submit<ShortenBody>('shorten', (body, c) => raw.shorten({ body, ...fetchOptions(c) })),
    change: submit<ChangeBody>('change', (body, c) => raw.change({ body, ...fetchOptions(c) })),
    simpleChange: submit<SimpleChangeBody>('simpleChange', (body, c) =>
      raw.simpleChange({ body, ...fetchOptions(c) }),
    ),
    action: submit<ActionBody>('action', (body, c) => raw.action({ body, ...fetchOptions(c) })),
    modal: submit<ModalBody>('modal', (body, c) => raw.modal({ body, ...fetchOptions(c) })),
    video: submit<VideoBody>('video', (body, c) => raw.video({ body, ...fetchOptions(c) })),
    edits: submit<EditsBody>('edits', (body, c) => raw.edits({ body, ...fetchOptions(c) })),
    swapFace: submit<SwapFaceBody>('swapFace', (body, c) => raw.swapFace({ body, ...fetchOptions(c) })),

    /** Uploads images (data URLs); returns the URLs the gateway serves them at. No task is created. */
    async uploadImages(base64Array: string[], call?: CallOptions): Promise<string[]> {
      return retried(
        'uploadImages',
        async () => {
          const res = await raw.uploadDiscordImages({
            body: withMode<UploadBody>({ base64Array }),
            ...fetchOptions(call),
          });
          const env = res.body;
          if (res.status === 200 && isEnvelope(env) && env.code === 1 && Array.isArray(env.result))
            return env.result.map(String);
          throw toMjApiError(res.status, res.body);
        },
        call,
      );
    },

    /** Fetches a task. An unknown id is an `MjTaskNotFoundError` (an `MjApiError`) in every profile. */
    async fetchTask(id: string, call?: CallOptions): Promise<MjTask> {
      return retried(
        'fetchTask',
        async () => {
          const res = await raw.fetchTask({ params: { id }, ...fetchOptions(call) });
          const task = res.status === 200 ? toTask(res.body) : undefined;
          if (task) return task;
          // NZ answers an unknown id with an empty 200, TA with a 204, new-api with `task_no_found `.
          throw notFoundOr(id, res.status, res.body, toMjApiError(res.status, res.body));
        },
        call,
      );
    },

    /** Fetches several tasks; unknown ids are left out (the order is the gateway's). */
    async listTasks(ids: readonly (string | number)[], call?: CallOptions): Promise<MjTask[]> {
      return retried(
        'listTasks',
        async () => {
          const res = await raw.listByCondition({ body: { ids: [...ids] }, ...fetchOptions(call) });
          if (res.status !== 200 || !Array.isArray(res.body)) throw toMjApiError(res.status, res.body);
          return (res.body as unknown[]).flatMap((t) => toTask(t) ?? []);
        },
        call,
      );
    },

    /** The seed of a finished task. */
    async imageSeed(id: string, call?: CallOptions): Promise<string> {
      return retried(
        'imageSeed',
        async () => {
          const res = await raw.imageSeed({ params: { id }, ...fetchOptions(call) });
          const env = res.body;
          if (res.status === 200 && isEnvelope(env) && env.code === 1 && env.result != null)
            return String(env.result);
          throw notFoundOr(id, res.status, res.body, toMjApiError(res.status, res.body));
        },
        call,
      );
    },

    imageUrl: (id: string) => `${base}/mj/image/${encodeURIComponent(id)}`,
    sleep,
  };
  return client;
}
