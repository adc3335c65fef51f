import type { Layer, Profile } from './profiles';
import { PROFILE_LOCAL_LAYER } from './profiles';

/**
 * Every `code` the `/mj/*` API sends (spec §2, §7). 1/21/22 mean a task exists and goes on; the rest
 * are rejections. Adding a code here without a {@link RETURN_CODES} entry fails to compile.
 */
export type ReturnCode = 1 | 3 | 4 | 5 | 9 | 21 | 22 | 23 | 24 | 30;

/** What the code table says about one code. */
export interface ReturnCodeInfo {
  /** The upstream enum name (`ReturnCode.java` / `ReturnCode.cs`) or new-api's constant. */
  readonly name: string;
  /** The description the default (`doc`) profile sends. */
  readonly description: string;
  /** One line for humans: what happened and what to do. */
  readonly meaning: string;
  /** HTTP status when each layer sends it; `null` where that layer never sends the code. */
  readonly httpStatus: Readonly<Record<Layer, number | null>>;
  /** Whether a task was created (its id is in `result`). */
  readonly createsTask: boolean;
  /** Whether sending the same request again later can succeed. */
  readonly retryable: boolean;
}

/** The code table (spec §2 and §7). Keys are numbers; use {@link returnCodeInfo} for lookups. */
export const RETURN_CODES: Readonly<Record<ReturnCode, ReturnCodeInfo>> = {
  1: {
    name: 'SUCCESS',
    description: 'Submit success',
    meaning: 'Accepted: the task id is in `result`; poll it or wait for notifyHook.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: true,
    retryable: false,
  },
  3: {
    name: 'NOT_FOUND',
    description: '关联任务不存在或已失效',
    meaning: 'The referenced task, account or data was not found.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: false,
    retryable: false,
  },
  4: {
    name: 'VALIDATION_ERROR',
    description: '参数错误',
    meaning: 'The request is invalid: a 200 envelope from the upstream, a 400 from the gateway itself.',
    httpStatus: { upstream: 200, gateway: 400 },
    createsTask: false,
    retryable: false,
  },
  5: {
    name: 'UNKNOWN_ERROR',
    description: 'do_request_failed',
    meaning: 'The gateway could not reach or read the upstream (new-api only).',
    httpStatus: { upstream: null, gateway: 400 },
    createsTask: false,
    retryable: true,
  },
  9: {
    name: 'FAILURE',
    description: '提交失败，系统异常',
    meaning: 'The upstream failed to submit (trueai also uses 9 for a full queue).',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: false,
    retryable: true,
  },
  21: {
    name: 'EXISTED',
    description: 'Waiting for window confirm',
    meaning: 'Modal needed: the new task (in `result`) is in MODAL; continue it with /mj/submit/modal.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: true,
    retryable: false,
  },
  22: {
    name: 'IN_QUEUE',
    description: '排队中，前面还有{n}个任务',
    meaning: 'Accepted and queued behind `properties.numberOfQueues` tasks.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: true,
    retryable: false,
  },
  23: {
    name: 'QUEUE_REJECTED',
    description: '队列已满，请稍后尝试',
    meaning: 'The queue is full; nothing was stored. Retry later.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: false,
    retryable: true,
  },
  24: {
    name: 'BANNED_PROMPT',
    description: '可能包含敏感词',
    meaning: 'The prompt contains a banned word (`properties.bannedWord`); change the prompt.',
    httpStatus: { upstream: 200, gateway: null },
    createsTask: false,
    retryable: false,
  },
  30: {
    name: 'RATE_LIMITED',
    description: '当前分组负载已饱和，请稍后再试，或升级账户以提升服务质量。',
    meaning: 'The gateway channel is saturated (HTTP 429). Retry later.',
    httpStatus: { upstream: null, gateway: 429 },
    createsTask: false,
    retryable: true,
  },
};

/** All codes of the table, ascending. */
export const RETURN_CODE_VALUES = Object.keys(RETURN_CODES)
  .map(Number)
  .sort((a, b) => a - b) as ReturnCode[];

/** True when `value` is a code of the table. */
export function isReturnCode(value: unknown): value is ReturnCode {
  return typeof value === 'number' && Object.hasOwn(RETURN_CODES, value);
}

/** The table entry for a code, or `undefined` for a code no known layer sends. */
export function returnCodeInfo(code: number): ReturnCodeInfo | undefined {
  return isReturnCode(code) ? RETURN_CODES[code] : undefined;
}

/** Codes after which a task exists and goes on (1 submitted, 21 waits for a modal, 22 queued). */
export const ACCEPTED_RETURN_CODES: readonly ReturnCode[] = RETURN_CODE_VALUES.filter(
  (code) => RETURN_CODES[code].createsTask,
);

/**
 * The HTTP status a profile answers a code with. A profile's own layer answers first
 * (doc/new-api: the gateway; midjourney-proxy: the upstream); a code that layer never sends comes
 * from the other one, passed through.
 * @example httpStatusForCode(4, 'doc') // 400; httpStatusForCode(4, 'midjourney-proxy') // 200
 */
export function httpStatusForCode(code: ReturnCode, profile: Profile): number {
  const own = PROFILE_LOCAL_LAYER[profile];
  const other: Layer = own === 'gateway' ? 'upstream' : 'gateway';
  const status = RETURN_CODES[code].httpStatus;
  return status[own] ?? status[other] ?? 200;
}

/** The description of code 22 for `n` tasks ahead (spec §2). */
export function inQueueDescription(n: number): string {
  return `排队中，前面还有${n}个任务`;
}
