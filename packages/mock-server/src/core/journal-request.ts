import type { RequestLogEntry } from '@mjkit/contract';
import type { Mock } from '../mock/create-mock';
import { setEntryOwner } from './entry-owner';
import type { CoreRequest } from './http-types';
import { summarizeBody } from './summarize-body';

/** A line for the request log (the Node entry prints it with pino). */
export type RequestLogger = (entry: RequestLogEntry) => void;

/**
 * Journals one answered request (method, path, status, ms, bounded body summary) and hands it to the
 * logger, remembering which key made it (`owner`, so a key sees only its own entries). Reading the
 * journal itself is not journaled.
 */
export function journalRequest(
  mock: Mock,
  req: CoreRequest,
  status: number,
  started: number,
  body: unknown,
  log?: RequestLogger,
  owner: string | null = null,
): void {
  const path = req.query ? `${req.path}?${req.query}` : req.path;
  const entry: RequestLogEntry = {
    at: mock.clock.now(),
    method: req.method,
    path,
    status,
    ms: Math.round((performance.now() - started) * 10) / 10,
    body: summarizeBody(body),
  };
  setEntryOwner(entry, owner);
  if (!/^\/__mock\/requests/i.test(req.path)) mock.requests.add(entry);
  log?.(entry);
}
