/**
 * `@mjkit/client`: a typed client for the Midjourney `/mj/*` gateway API, generated from the contract.
 * The Node notifyHook receiver is in `@mjkit/client/node`, so browsers never load it.
 */
export {
  type AcceptedCode,
  type CallOptions,
  createMjClient,
  type MjClient,
  type MjClientOptions,
  readSubmitted,
  type Submitted,
} from './create-client';
export { MjAbortError, MjNetworkError, MjNotificationError, MjTimeoutError } from './errors';
export { isBanned, isQueued, isQueueFull, needsModal } from './guards';
export { MjApiError, type MjApiErrorInit, toMjApiError } from './mj-api-error';
export { parseNotification, safeParseNotification } from './notifications';
export { createRetryPolicy, isRetryable, type RetryContext, type RetryPolicy, withRetry } from './retry';
export { realSleep, type Sleep } from './sleep';
export { type MjTask, normalizeTask, toTask } from './task';
export { type WaitOptions, type WaitResult, waitForTask } from './wait-for-task';
export {
  type Pressed,
  type PressOptions,
  pressButton,
  type SubmitBody,
  type SubmitRoute,
  submitAndWait,
} from './workflows';
