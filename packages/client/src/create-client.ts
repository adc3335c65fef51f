import {
  ACCEPTED_RETURN_CODES,
  type ActionRequest,
  type BlendRequest,
  type ChangeRequest,
  type DescribeRequest,
  type EditsRequest,
  type ImagineRequest,
  type ModalRequest,
  type ReturnCode,
  type ShortenRequest,
  type SimpleChangeRequest,
  SPEED_MODE_PREFIXES,
  type SpeedMode,
  SubmitResultWireSchema,
  type SwapFaceRequest,
  type VideoRequest,
} from '@mjkit/contract';
import { createFetcher } from './fetcher';
import { createRawClient } from './raw-client';
import { MjApiError, toMjApiError } from './mj-api-error';
import { type RetryPolicy, withRetry } from './retry';
import { realSleep, type Sleep } from './sleep';
import { type MjTask, toTask } from './task';

/** Options of {@link createMjClient}. */
export interface MjClientOptions {
  /** Gateway origin, e.g. `https://api.example.com` or `http://127.0.0.1:8080` (no trailing `/mj`). */
  baseUrl: string;
  /** API key; sent as `Authorization: Bearer <key>` (see `authHeader`). */
  apiKey?: string;
  /** Which header carries the key: new-api reads `authorization`, upstream proxies `mj-api-secret`. */
  authHeader?: 'authorization' | 'mj-api-secret' | 'both';
  /** Speed mode for every submit. */
  mode?: SpeedMode;
  /** How the mode is sent: the body field `mode` (default) or the `/mj-fast`-style path prefix. */
  modeVia?: 'body' | 'prefix';
  /** `fetch` to use (default: the platform's). */
  fetch?: typeof fetch;
  /** Extra headers on every request. */
  headers?: Record<string, string>;
  /** Opt-in retry policy for submits and fetches (see `createRetryPolicy`). */
  retry?: RetryPolicy;
  /** Timer used by retries and polling; injectable for tests. */
  sleep?: Sleep;
}

/** An accepted submit: code 1 (submitted), 21 (waits for a modal) or 22 (queued). */
export interface Submitted {
  code: 1 | 21 | 22;
  taskId: string;
  description: string;
  properties: Record<string, unknown>;
  /** The body as the gateway sent it. */
  raw: unknown;
}

/** Call options every method takes. */
export interface CallOptions {
  signal?: AbortSignal;
}

const ACCEPTED: readonly number[] = ACCEPTED_RETURN_CODES;

/** Reads a submit answer: accepted codes become {@link Submitted}; anything else an {@link MjApiError}. */
export function readSubmitted(status: number, body: unknown): Submitted {
  const env = SubmitResultWireSchema.safeParse(body);
  if (
    status === 200 &&
    env.success &&
    ACCEPTED.includes(env.data.code) &&
    env.data.result != null &&
    !Array.isArray(env.data.result)
  ) {
    return {
      code: env.data.code as Submitted['code'],
      taskId: String(env.data.result),
      description: env.data.description ?? '',
      properties: env.data.properties ?? {},
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
export function createMjClient(options: MjClientOptions) {
  const base = options.baseUrl.replace(/\/+$/, '');
  const prefix = options.mode && options.modeVia === 'prefix' ? SPEED_MODE_PREFIXES[options.mode] : '';
  const headers: Record<string, string> = { ...options.headers };
  if (options.apiKey) {
    const how = options.authHeader ?? 'authorization';
    if (how !== 'mj-api-secret') headers.authorization = `Bearer ${options.apiKey}`;
    if (how !== 'authorization') headers['mj-api-secret'] = options.apiKey;
  }
  const fetchImpl = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const raw = createRawClient({ baseUrl: `${base}${prefix}`, headers, api: createFetcher(fetchImpl) });
  const sleep = options.sleep ?? realSleep;
  const retried = <T>(name: string, op: () => Promise<T>, call?: CallOptions) =>
    withRetry(name, op, options.retry, sleep, call?.signal);
  const withMode = <B extends { mode?: string }>(body: B): B =>
    options.mode && options.modeVia !== 'prefix' && body.mode === undefined
      ? { ...body, mode: options.mode }
      : body;
  const fetchOptions = (call?: CallOptions) =>
    call?.signal ? { fetchOptions: { signal: call.signal } } : {};

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

  const client = {
    /** Every route with ts-rest's `{ status, body }` unions (what `initClient(gatewayContract)` gives). */
    raw,
    /** The base URL requests go to (with the mode prefix, if any). */
    baseUrl: `${base}${prefix}`,
    imagine: submit<ImagineRequest>('imagine', (body, c) => raw.imagine({ body, ...fetchOptions(c) })),
    blend: submit<BlendRequest>('blend', (body, c) => raw.blend({ body, ...fetchOptions(c) })),
    describe: submit<DescribeRequest>('describe', (body, c) => raw.describe({ body, ...fetchOptions(c) })),
    shorten: submit<ShortenRequest>('shorten', (body, c) => raw.shorten({ body, ...fetchOptions(c) })),
    change: submit<ChangeRequest>('change', (body, c) => raw.change({ body, ...fetchOptions(c) })),
    simpleChange: submit<SimpleChangeRequest>('simpleChange', (body, c) =>
      raw.simpleChange({ body, ...fetchOptions(c) }),
    ),
    action: submit<ActionRequest>('action', (body, c) => raw.action({ body, ...fetchOptions(c) })),
    modal: submit<ModalRequest>('modal', (body, c) => raw.modal({ body, ...fetchOptions(c) })),
    video: submit<VideoRequest>('video', (body, c) => raw.video({ body, ...fetchOptions(c) })),
    edits: submit<EditsRequest>('edits', (body, c) => raw.edits({ body, ...fetchOptions(c) })),
    swapFace: submit<SwapFaceRequest>('swapFace', (body, c) => raw.swapFace({ body, ...fetchOptions(c) })),

    /** Uploads images (data URLs); returns the URLs the gateway serves them at. No task is created. */
    async uploadImages(base64Array: string[], call?: CallOptions): Promise<string[]> {
      return retried(
        'uploadImages',
        async () => {
          const res = await raw.uploadDiscordImages({
            body: withMode<{ base64Array: string[]; mode?: string }>({ base64Array }),
            ...fetchOptions(call),
          });
          const env = SubmitResultWireSchema.safeParse(res.body);
          if (res.status === 200 && env.success && env.data.code === 1 && Array.isArray(env.data.result))
            return env.data.result;
          throw toMjApiError(res.status, res.body);
        },
        call,
      );
    },

    /** Fetches a task. An unknown id is an {@link MjApiError} (400 `task_not_found`, or an empty answer). */
    async fetchTask(id: string, call?: CallOptions): Promise<MjTask> {
      return retried(
        'fetchTask',
        async () => {
          const res = await raw.fetchTask({ params: { id }, ...fetchOptions(call) });
          const task = res.status === 200 ? toTask(res.body) : undefined;
          if (task) return task;
          if ((res.status === 200 || res.status === 204) && (res.body === undefined || res.body === null)) {
            throw new MjApiError({
              code: undefined,
              description: 'task_not_found',
              status: res.status,
              localError: 'task_not_found',
              body: res.body,
            });
          }
          throw toMjApiError(res.status, res.body);
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
          return res.body.flatMap((t) => toTask(t) ?? []);
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
          const env = SubmitResultWireSchema.safeParse(res.body);
          if (res.status === 200 && env.success && env.data.code === 1 && env.data.result != null)
            return String(env.data.result);
          throw toMjApiError(res.status, res.body);
        },
        call,
      );
    },

    /** The image proxy URL of a task (new-api's `/mj/image/:id`; no key needed). */
    imageUrl: (id: string) => `${base}/mj/image/${encodeURIComponent(id)}`,

    /** The timer this client waits with (retries, polling). */
    sleep,
  };
  return client;
}

/** A client made by {@link createMjClient}. */
export type MjClient = ReturnType<typeof createMjClient>;

/** Codes after which a task exists: re-exported for guards. */
export type AcceptedCode = Extract<ReturnCode, 1 | 21 | 22>;
