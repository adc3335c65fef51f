/** The request never got an HTTP answer (DNS, refused, reset, CORS). Retryable. */
export class MjNetworkError extends Error {
  override readonly name = 'MjNetworkError';
  readonly code = 'network_error';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** `waitForTask` gave up: the task did not finish within `timeoutMs`. Carries the last task seen. */
export class MjTimeoutError extends Error {
  override readonly name = 'MjTimeoutError';
  readonly code = 'timeout';
  constructor(
    readonly taskId: string,
    readonly timeoutMs: number,
    readonly lastTask: unknown,
  ) {
    super(`task ${taskId} did not finish within ${timeoutMs} ms`);
  }
}

/** The caller's AbortSignal fired. */
export class MjAbortError extends Error {
  override readonly name = 'MjAbortError';
  readonly code = 'aborted';
  constructor(readonly reason?: unknown) {
    super('the operation was aborted');
  }
}

/** A notifyHook payload that is not a task. `issues` says what is wrong. */
export class MjNotificationError extends Error {
  override readonly name = 'MjNotificationError';
  readonly code = 'invalid_notification';
  constructor(readonly issues: string) {
    super(`invalid notifyHook payload: ${issues}`);
  }
}
