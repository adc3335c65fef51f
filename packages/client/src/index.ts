/**
 * `@mjkit/client`: a typed client for the Midjourney `/mj/*` gateway API, built on the contract's
 * zod-free core (`@mjkit/contract/core`): no zod and no ts-rest at run time. Opt-in validation and
 * notifyHook parsing are in `@mjkit/client/validate`, the Node receiver in `@mjkit/client/node`, the
 * mock's control client in `@mjkit/client/control`.
 */
export { createMjClient, readSubmitted } from './create-client';
export {
  ButtonNotFoundError,
  describeCause,
  MjAbortError,
  MjNetworkError,
  MjNotificationError,
  MjTimeoutError,
  MjValidationError,
} from './errors';
export type { Fetcher, FetcherRequest, FetcherResponse } from './fetcher';
export { isBanned, isQueued, isQueueFull, needsModal } from './guards';
export { MjApiError, type MjApiErrorInit, toMjApiError } from './mj-api-error';
export type {
  AcceptedCode,
  CallOptions,
  MjClient,
  MjClientOptions,
  Submitted,
  SubmitMethod,
} from './mj-client';
export type { RawArgs, RawCallExtras, RawClient } from './raw-client';
export { createRetryPolicy, isRetryable, type RetryContext, type RetryPolicy, withRetry } from './retry';
export { realSleep, type Sleep } from './sleep';
export { isTaskLike, type MjTask, normalizeTask, toTask } from './task';
export { isTaskNotFound, MjTaskNotFoundError } from './task-not-found';
export type { ResponseValidator, ValidationOutcome } from './validator';
export { type WaitOptions, type WaitResult, waitForTask } from './wait-for-task';
export {
  type Pressed,
  type PressOptions,
  pressButton,
  type SubmitBody,
  type SubmitRoute,
  submitAndWait,
} from './workflows';
