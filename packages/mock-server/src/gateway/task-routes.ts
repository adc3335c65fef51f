import { ListByConditionRequestSchema, type SubmitResult, type Task } from '@mjkit/contract';
import type { GatewayContext } from './context';
import { envelope, type ErrorReply, localError } from './replies';

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

/**
 * GET /mj/task/:id/image-seed (spec §1.3): `{code:1, description:"成功", result:"<seed>"}` for a
 * finished task; before that, HTTP 400 with code 4 `关联任务状态错误` as trueai answers.
 */
export function imageSeed(
  ctx: GatewayContext,
  id: string,
): { status: 200 | 400; body: SubmitResult } | ErrorReply {
  const record = ctx.engine.record(id.trim());
  if (!record) return localError('task_not_found');
  if (record.task.status !== 'SUCCESS') return { status: 400, body: envelope(4, '关联任务状态错误').body };
  return envelope(1, '成功', String(record.media.seed));
}
