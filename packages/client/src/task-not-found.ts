import type { LocalErrorName } from '@mjkit/contract/core';
import { MjApiError } from './mj-api-error';

/**
 * The task does not exist (or belongs to another key), however the target says it: the doc profile's
 * 400 `task_not_found`, new-api's 400 `task_no_found `, NZ's HTTP 200 with an empty body, TA's 204,
 * an envelope with code 3 (TA sends it at HTTP 404). An {@link MjApiError}, so existing handlers keep
 * working; `localError` is the name the target used (`task_not_found` for an empty answer).
 */
export class MjTaskNotFoundError extends MjApiError {
  override readonly name = 'MjTaskNotFoundError';
  constructor(
    readonly taskId: string,
    from: MjApiError,
  ) {
    super({
      code: from.code,
      description: from.description || 'task_not_found',
      status: from.status,
      localError: from.localError ?? 'task_not_found',
      requestId: from.requestId,
      body: from.body,
    });
  }
}

const NOT_FOUND: readonly LocalErrorName[] = ['task_not_found', 'task_no_found'];

/** True when an answer (already read as an {@link MjApiError}) says "no such task" in any profile's way. */
export function isTaskNotFound(error: unknown): boolean {
  if (error instanceof MjTaskNotFoundError) return true;
  if (!(error instanceof MjApiError)) return false;
  if (error.localError !== undefined && NOT_FOUND.includes(error.localError)) return true;
  return error.code === 3;
}

/**
 * Reads a fetch-like answer that carried no task: an empty body at 200/204 (NZ, TA) or any
 * not-found error becomes {@link MjTaskNotFoundError}; anything else stays the {@link MjApiError} given.
 */
export function notFoundOr(taskId: string, status: number, body: unknown, error: MjApiError): MjApiError {
  const empty = body === undefined || body === null || body === '';
  if ((status === 200 || status === 204) && empty) return new MjTaskNotFoundError(taskId, error);
  return isTaskNotFound(error) ? new MjTaskNotFoundError(taskId, error) : error;
}
