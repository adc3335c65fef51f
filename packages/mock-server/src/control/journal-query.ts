import type { RequestLogEntry } from '@mjkit/contract';
import { mockError } from '../core/mock-errors';
import type { CoreResponse } from '../core/http-types';
import { json } from '../core/http-types';
import type { Mock } from '../mock/create-mock';

/**
 * The request journal's filter from `GET /__mock/requests` query parameters (checked against the
 * contract's schema before): `route` is a route name (`fetchTask`, case-insensitive) or a path without
 * query (`/mj/task/123/fetch`); `taskId` the task the request was about; `since` simulated epoch ms
 * (inclusive, so the `at` of the last entry seen can be passed back as is).
 */
export function journalFilter(query: URLSearchParams): (entry: RequestLogEntry) => boolean {
  const route = query.get('route')?.toLowerCase();
  const taskId = query.get('taskId');
  const sinceText = query.get('since');
  const since = sinceText === null ? undefined : Number(sinceText);
  return (e) => {
    if (since !== undefined && e.at < since) return false;
    if (taskId !== null && e.taskId !== taskId) return false;
    if (route !== undefined) {
      const path = e.path.split('?')[0]!.toLowerCase();
      if (e.route?.toLowerCase() !== route && path !== route) return false;
    }
    return true;
  };
}

/** `GET /__mock/requests`: the newest `limit` (default 100) entries that pass the filter, newest last. */
export function listRequests(mock: Mock, query: URLSearchParams): CoreResponse {
  const limit = Number(query.get('limit') ?? 100);
  if (!(limit >= 1)) return mockError('bind_request_body_failed', 'limit must be ≥ 1');
  return json(200, mock.requests.list(journalFilter(query), limit));
}

/** `DELETE /__mock/requests`: empties the request journal alone; tasks and deliveries stay. */
export function clearRequests(mock: Mock): CoreResponse {
  const cleared = mock.requests.stats().size;
  mock.requests.clear();
  return json(200, { cleared });
}
