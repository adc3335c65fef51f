import { UPSTREAM_TEXTS } from '@mjkit/contract';
import type { GatewayContext } from './context';
import type { GatewayResult } from './result';
import { isVisible, listByCondition, ownTask } from './task-routes';

/**
 * Routes only one midjourney-proxy variant serves (profiles.md §2); the active profile's `serves`
 * decides whether a request reaches them. Tasks are scoped to the caller's key like every read.
 */

const visible = (ctx: GatewayContext) => (r: { owner: string | null }) => isVisible(ctx, r);

/** GET /mj/task/list (NZ `TaskController.list`): every stored task, newest submit first. */
export function taskList(ctx: GatewayContext): GatewayResult {
  const records = ctx.engine.all().filter(visible(ctx));
  records.sort((a, b) => b.task.submitTime - a.task.submitTime || b.task.id.localeCompare(a.task.id));
  return { kind: 'tasks', records };
}

/** GET /mj/task/queue (NZ `TaskController.queue`): running and waiting tasks, oldest submit first. */
export function taskQueue(ctx: GatewayContext): GatewayResult {
  const records = ctx.engine.pending().filter(visible(ctx));
  records.sort((a, b) => a.task.submitTime - b.task.submitTime || a.task.id.localeCompare(b.task.id));
  return { kind: 'tasks', records };
}

/**
 * POST /mj/task/:id/cancel (TA `TaskController.Cancel`): an unfinished task of the caller fails with
 * `取消任务`; the answer is `Ok()` whether or not a task was cancelled.
 */
export function cancelTask(ctx: GatewayContext, id: string): GatewayResult {
  const record = ownTask(ctx, id);
  if (record) ctx.engine.cancel(record.task.id, UPSTREAM_TEXTS.task_cancelled.text);
  return { kind: 'empty' };
}

/** POST /mj/task/list-by-ids (TA): the same action as list-by-condition (`[HttpPost("list-by-ids")]`). */
export const listByIds = listByCondition;
