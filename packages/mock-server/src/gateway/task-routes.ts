import { ListByConditionRequestSchema, type Task } from '@mjkit/contract';
import type { GatewayContext } from './context';
import { type ErrorReply, localError } from './replies';

/** GET /mj/task/:id/fetch. Unknown task: doc profile HTTP 400 shape A `task_not_found` (DESIGN.md §3). */
export function fetchTask(ctx: GatewayContext, id: string): { status: 200; body: Task } | ErrorReply {
  const task = ctx.engine.get(id.trim());
  return task ? { status: 200, body: task } : localError('task_not_found');
}

/**
 * POST /mj/task/list-by-condition (spec §1.3): ids as strings or numbers, unknown ids dropped
 * silently, missing or empty `ids` → `[]`; a body that does not bind → `do_request_failed`.
 * Tasks come in submit order, not the order asked for, as the upstream's store returns them.
 */
export function listByCondition(
  ctx: GatewayContext,
  raw: unknown,
): { status: 200; body: Task[] } | ErrorReply {
  const parsed = ListByConditionRequestSchema.safeParse(raw ?? {});
  if (!parsed.success || typeof raw !== 'object' || Array.isArray(raw))
    return localError('do_request_failed');
  const wanted = new Set((parsed.data.ids ?? []).map((id) => String(id).trim()));
  const tasks = ctx.engine.list([...wanted]);
  return { status: 200, body: tasks.sort((a, b) => a.submitTime - b.submitTime || a.id.localeCompare(b.id)) };
}
