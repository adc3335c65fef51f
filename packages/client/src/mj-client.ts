/** The client's public types: options, call options, results and the client itself. */
import type {
  ActionBody,
  BlendBody,
  ChangeBody,
  DescribeBody,
  EditsBody,
  ImagineBody,
  ModalBody,
  ReturnCode,
  ShortenBody,
  SimpleChangeBody,
  SpeedMode,
  SwapFaceBody,
  VideoBody,
} from '@mjkit/contract/core';
import type { RawClient } from './raw-client';
import type { RetryPolicy } from './retry';
import type { Sleep } from './sleep';
import type { MjTask } from './task';
import type { ResponseValidator } from './validator';

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
  /**
   * Opt-in response validation against the contract: `validateResponse` from `@mjkit/client/validate`
   * (loads zod; without it the client only checks shapes structurally and loads no zod).
   */
  validate?: ResponseValidator;
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
  signal?: AbortSignal | undefined;
  /**
   * Body fields the contract does not list, sent as is (known fields win on a clash). The explicit
   * escape hatch: bodies are exact types, so a misspelt field fails to compile instead of being ignored.
   * @example mj.imagine({ prompt: 'cat' }, { extraFields: { accountFilter: { instanceId: '1' }, seed: 7 } })
   */
  extraFields?: Record<string, unknown>;
}

/** A submit method: an exact body (see {@link CallOptions.extraFields} for unlisted fields). */
export type SubmitMethod<B> = (body: B, call?: CallOptions) => Promise<Submitted>;

/** The client {@link createMjClient} returns: one method per route, typed bodies and results. */
export interface MjClient {
  /** Every route with `{ status, body, headers }` unions narrowed on `status`, nothing read for you. */
  raw: RawClient;
  /** The base URL requests go to (with the mode prefix, if any). */
  baseUrl: string;
  imagine: SubmitMethod<ImagineBody>;
  blend: SubmitMethod<BlendBody>;
  describe: SubmitMethod<DescribeBody>;
  shorten: SubmitMethod<ShortenBody>;
  change: SubmitMethod<ChangeBody>;
  simpleChange: SubmitMethod<SimpleChangeBody>;
  action: SubmitMethod<ActionBody>;
  modal: SubmitMethod<ModalBody>;
  video: SubmitMethod<VideoBody>;
  edits: SubmitMethod<EditsBody>;
  swapFace: SubmitMethod<SwapFaceBody>;
  /** Uploads images (data URLs); returns the URLs the gateway serves them at. No task is created. */
  uploadImages(base64Array: string[], call?: CallOptions): Promise<string[]>;
  /**
   * Fetches a task. An unknown id is an `MjTaskNotFoundError` (an `MjApiError`) whatever the profile:
   * 400 `task_not_found`, new-api's `task_no_found `, NZ's empty 200, TA's 204 or code 3.
   */
  fetchTask(id: string, call?: CallOptions): Promise<MjTask>;
  /** Fetches several tasks; unknown ids are left out (the order is the gateway's). */
  listTasks(ids: readonly (string | number)[], call?: CallOptions): Promise<MjTask[]>;
  /** The seed of a finished task. */
  imageSeed(id: string, call?: CallOptions): Promise<string>;
  /** The image proxy URL of a task (new-api's `/mj/image/:id`; no key needed). */
  imageUrl(id: string): string;
  /** The timer this client waits with (retries, polling). */
  sleep: Sleep;
}

/** Codes after which a task exists: re-exported for guards. */
export type AcceptedCode = Extract<ReturnCode, 1 | 21 | 22>;
