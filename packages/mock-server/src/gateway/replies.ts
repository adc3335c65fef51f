import {
  inQueueDescription,
  LOCAL_ERRORS,
  type LocalErrorName,
  RETURN_CODES,
  type ShapeAError,
  type ShapeBError,
  type SubmitResult,
} from '@mjkit/contract';
import type { SubmitOutcome } from '../engine/task-record';

/** A reply with an error body in the gateway's shapes. */
export type ErrorReply =
  | { status: 400 | 404 | 413 | 429 | 500; body: ShapeAError }
  | { status: 401; body: ShapeBError };

/** A 200 envelope. */
export type EnvelopeReply = { status: 200; body: SubmitResult };

/** Ids the mock's envelopes carry as the upstream account (trueai sends both). */
export interface InstanceIds {
  discordInstanceId: string;
  discordChannelId: string;
}

/**
 * A local error of the gateway in the doc profile (DESIGN.md §3): shape A
 * `{"code":4,"description":"<name>","type":"upstream_error"}` with the table's HTTP status, except
 * auth failures (401), which keep new-api's shape B. The table's own `shape` (new-api's real shape for
 * each error) is for the new-api profile.
 */
export function localError(name: LocalErrorName, message?: string): ErrorReply {
  const info = LOCAL_ERRORS[name];
  if (info.status === 401) {
    return {
      status: 401,
      body: { error: { message: message ?? name, type: 'new_api_error', code: name } },
    } as ErrorReply;
  }
  return {
    status: info.status as 400,
    body: { code: info.code, description: message ? `${name}: ${message}` : name, type: 'upstream_error' },
  };
}

/** An upstream envelope passed through with HTTP 200 (spec §7 "Pass-through"), e.g. code 4 `base64格式错误`. */
export function envelope(
  code: SubmitResult['code'],
  description: string,
  result: string | null = null,
  properties: SubmitResult['properties'] = {},
): EnvelopeReply {
  return { status: 200, body: { code, description, result, properties } };
}

/**
 * The answer to an accepted or rejected submit (spec §2, DESIGN.md §3): 1 `Submit success` when it
 * starts at once, 22 with `numberOfQueues` when it waits, 21 when it waits for a modal, 23 with
 * `result: null` when the queue is full.
 */
export function submitReply(outcome: SubmitOutcome, ids: InstanceIds): EnvelopeReply {
  switch (outcome.kind) {
    case 'started':
      return envelope(1, RETURN_CODES[1].description, outcome.task.id, { ...ids });
    case 'queued':
      return envelope(22, inQueueDescription(outcome.ahead), outcome.task.id, {
        numberOfQueues: outcome.ahead,
        ...ids,
      });
    case 'modal':
      return envelope(21, RETURN_CODES[21].description, outcome.task.id, {
        finalPrompt: outcome.task.properties.finalPrompt ?? outcome.task.prompt,
        remix: true,
      });
    case 'rejected':
      return envelope(23, RETURN_CODES[23].description, null, { discordInstanceId: ids.discordInstanceId });
  }
}
