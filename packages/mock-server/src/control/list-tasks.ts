import type { TaskStatus } from '@mjkit/contract';
import type { CoreResponse } from '../core/http-types';
import { json } from '../core/http-types';
import { taskVisibleTo } from '../core/task-visibility';
import type { Mock } from '../mock/create-mock';

/** Default and largest page of `GET /__mock/tasks` (the contract's query schema enforces the max). */
export const TASK_PAGE = { default: 50, max: 500 } as const;

/**
 * `GET /__mock/tasks?status=&limit=&offset=`: every stored task (an API-key caller: its own and the shared
 * ones), oldest first, rendered as the active profile's fetch shows it. One pass over the
 * store; only the page is rendered, so a large store costs a scan, not a render per task.
 */
export function listTasks(
  mock: Mock,
  query: URLSearchParams,
  baseUrl: string,
  owner?: string | null,
): CoreResponse {
  const status = query.get('status') as TaskStatus | null;
  const limit = Math.min(Number(query.get('limit') ?? TASK_PAGE.default), TASK_PAGE.max);
  const offset = Number(query.get('offset') ?? 0);
  const profile = mock.profile();
  const ctx = {
    route: 'fetchTask' as const,
    baseUrl,
    config: mock.engine.config(),
    instance: mock.engine.instance,
  };
  const tasks: unknown[] = [];
  let total = 0;
  for (const record of mock.engine.all()) {
    if (status !== null && record.task.status !== status) continue;
    // An API-key caller sees its own tasks and the shared ones (seeded with the control key: no owner).
    if (!taskVisibleTo(owner, record)) continue;
    if (total >= offset && tasks.length < limit) tasks.push(profile.taskView(record, ctx, 'fetch'));
    total++;
  }
  return json(200, { total, offset, limit, tasks });
}
