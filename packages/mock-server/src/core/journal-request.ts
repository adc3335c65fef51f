import type { RequestLogEntry } from '@mjkit/contract';
import type { Mock } from '../mock/create-mock';
import type { CoreRequest, CoreResponse } from './http-types';
import { redactSummary } from './redact-summary';
import type { RouteMatch } from './route-match';
import { summarizeBody } from './summarize-body';

/** A line for the request log (the Node entry prints it with pino). */
export type RequestLogger = (entry: RequestLogEntry) => void;

const str = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * The task a request was about, for the journal's `taskId` filter: a path parameter (fetch, image-seed,
 * files), else the body's `taskId` (action, modal, swap…), else the id an accepted submit answered
 * with (`result` of codes 1, 21 and 22).
 */
export function taskIdOf(
  match: RouteMatch | undefined,
  body: unknown,
  response: CoreResponse,
): string | undefined {
  const fromPath = match?.params.id ?? match?.params.taskId;
  if (fromPath) return fromPath;
  const fromBody = str((body as { taskId?: unknown } | null | undefined)?.taskId);
  if (fromBody) return fromBody;
  if (response.body.type !== 'json' || match?.area !== 'gateway') return undefined;
  const v = response.body.value as { code?: unknown; result?: unknown } | null;
  return v && (v.code === 1 || v.code === 21 || v.code === 22) ? str(v.result) : undefined;
}

/**
 * Journals one answered request (method, path, route, task, status, ms, bounded body summary with
 * secrets masked) and hands it to the logger. Reading the journal itself is not journaled.
 */
export function journalRequest(
  mock: Mock,
  req: CoreRequest,
  response: CoreResponse,
  started: number,
  body: unknown,
  log?: RequestLogger,
  match?: RouteMatch,
): void {
  const path = req.query ? `${req.path}?${req.query}` : req.path;
  const taskId = taskIdOf(match, body, response);
  const entry: RequestLogEntry = {
    at: mock.clock.now(),
    method: req.method,
    path,
    status: response.status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    body: redactSummary(summarizeBody(body)),
    ...(match ? { route: match.name } : {}),
    ...(taskId ? { taskId } : {}),
  };
  if (!/^\/__mock\/requests/i.test(req.path)) mock.requests.add(entry);
  log?.(entry);
}
