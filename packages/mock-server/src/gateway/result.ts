import type { LocalErrorName, UpstreamTextKey } from '@mjkit/contract';
import type { TaskRecord } from '../engine/task-record';
import type { StoredFile } from '../images/image-cache';

/**
 * What a gateway route decided, before any profile says it over HTTP (DESIGN.md §3). No HTTP status,
 * no envelope, no text of one real system: a profile renders each kind (see `profiles/profile.ts`).
 *
 * - `accepted`/`queued`/`modal`: a task exists (codes 1/22/21 in the doc profile);
 * - `rejected`: nothing stored (queue full → 23 or TA's 9; banned prompt → 24);
 * - `localError`: the gateway's own check failed (a name of the contract's `LOCAL_ERRORS`);
 * - `upstreamError`: the upstream's check failed (a key of the contract's `UPSTREAM_TEXTS`);
 * - `taskNotFound`: fetch/image-seed/list of a task the caller cannot see (profiles differ most here:
 *   400 shape A, `task_no_found `, an empty 200 or a 204);
 * - `task`/`tasks`/`seed`/`uploaded`: data answers; `file`/`fileNotFound`: served bytes;
 * - `empty`: done, nothing to say (trueai's cancel answers `Ok()`);
 * - `upstreamRouteMissing`: a relay forwarded to an upstream without the route, which answered 404 with
 *   no body (only a profile with `GatewayRules.upstreamServes`, new-api, gets it).
 */
export type GatewayResult =
  | { kind: 'accepted'; record: Readonly<TaskRecord> }
  | { kind: 'queued'; record: Readonly<TaskRecord>; ahead: number }
  | { kind: 'modal'; record: Readonly<TaskRecord> }
  | { kind: 'rejected'; reason: 'queue-full' }
  | { kind: 'rejected'; reason: 'banned'; promptEn: string; refs: readonly string[]; bannedWord: string }
  | { kind: 'localError'; name: LocalErrorName; detail?: string | undefined }
  | { kind: 'upstreamError'; key: UpstreamTextKey }
  | { kind: 'taskNotFound' }
  | { kind: 'task'; record: Readonly<TaskRecord> }
  | { kind: 'tasks'; records: readonly Readonly<TaskRecord>[] }
  | { kind: 'seed'; seed: string }
  | { kind: 'uploaded'; paths: readonly string[] }
  | { kind: 'file'; file: StoredFile }
  | { kind: 'fileNotFound'; reason: 'task' | 'not-ready' | 'file' }
  | { kind: 'empty' }
  | { kind: 'upstreamRouteMissing' };

/** The kinds of {@link GatewayResult}. */
export type GatewayResultKind = GatewayResult['kind'];

/** A local error result. */
export const localError = (name: LocalErrorName, detail?: string): GatewayResult => ({
  kind: 'localError',
  name,
  detail,
});

/** An upstream error result. */
export const upstreamError = (key: UpstreamTextKey): GatewayResult => ({ kind: 'upstreamError', key });

/** True for the results that stop a route early (errors and rejections). */
export function isFailure(result: GatewayResult): boolean {
  return (
    result.kind === 'localError' ||
    result.kind === 'upstreamError' ||
    result.kind === 'rejected' ||
    result.kind === 'taskNotFound' ||
    result.kind === 'upstreamRouteMissing'
  );
}
