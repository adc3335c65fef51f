/**
 * Walks an error's `cause` chain into one line: Node's fetch throws `TypeError: fetch failed` and
 * hides the useful part (`connect ECONNREFUSED 127.0.0.1:8080`) one level down.
 * @example describeCause(err) // 'fetch failed ← ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:8080'
 */
export function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 5; depth++) {
    const e = current as { message?: unknown; code?: unknown; cause?: unknown };
    const message = typeof e.message === 'string' ? e.message : String(current);
    const code = typeof e.code === 'string' && !message.includes(e.code) ? `${e.code}: ` : '';
    parts.push(`${code}${message}`);
    current = typeof current === 'object' ? e.cause : undefined;
  }
  return parts.join(' ← ');
}

/**
 * The request never got an HTTP answer (DNS, refused, reset, CORS). Retryable. `cause` is the
 * platform's error; the message names it (`… failed: fetch failed ← ECONNREFUSED: …`).
 */
export class MjNetworkError extends Error {
  override readonly name = 'MjNetworkError';
  readonly code = 'network_error';
  constructor(message: string, cause?: unknown) {
    super(cause === undefined ? message : `${message}: ${describeCause(cause)}`, { cause });
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

/** `pressButton` found no button matching the query on the task. Nothing was sent. */
export class ButtonNotFoundError extends Error {
  override readonly name = 'ButtonNotFoundError';
  readonly code = 'button_not_found';
  constructor(
    readonly taskId: string,
    readonly query: string,
    /** Label (or emoji) of every button the task has. */
    readonly available: string[],
  ) {
    super(`no button ${query} on task ${taskId} (buttons: ${available.join(', ') || 'none'})`);
  }
}

/** A response failed the opt-in validation (`@mjkit/client/validate`): the gateway broke the contract. */
export class MjValidationError extends Error {
  override readonly name = 'MjValidationError';
  readonly code = 'invalid_response';
  constructor(
    readonly route: string,
    readonly status: number,
    readonly issues: string,
    readonly body: unknown,
  ) {
    super(`${route} answered HTTP ${status} with a body the contract does not allow: ${issues}`);
  }
}
