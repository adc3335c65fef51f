import { ListByConditionRequestSchema } from '@mjkit/contract';
import { taskVisibleTo } from '../core/task-visibility';
import type { GatewayContext } from './context';
import { type GatewayResult, localError, upstreamError } from './result';

/** Whether the caller may see a task (see `taskVisibleTo`). */
export const isVisible = (ctx: GatewayContext, record: { owner: string | null }): boolean =>
  taskVisibleTo(ctx.owner, record);

/** The caller's task `id`, or `undefined` (unknown, or another key's). */
export function ownTask(ctx: GatewayContext, id: string) {
  const record = ctx.engine.record(id.trim());
  return record && isVisible(ctx, record) ? record : undefined;
}

/** GET /mj/task/:id/fetch. Unknown task → `taskNotFound` (each profile answers it its own way). */
export function fetchTask(ctx: GatewayContext, id: string): GatewayResult {
  const record = ownTask(ctx, id);
  return record ? { kind: 'task', record } : { kind: 'taskNotFound' };
}

/**
 * POST /mj/task/list-by-condition (spec §1.3): ids as strings or numbers, unknown ids dropped
 * silently, missing or empty `ids` → `[]`; a body that does not bind → `do_request_failed`.
 * Tasks come in submit order, not the order asked for, as the upstream's store returns them.
 */
export function listByCondition(ctx: GatewayContext, raw: unknown): GatewayResult {
  if (typeof raw !== 'object' || Array.isArray(raw)) return localError('do_request_failed');
  const parsed = ListByConditionRequestSchema.safeParse(raw ?? {});
  if (!parsed.success) return localError('do_request_failed');
  const wanted = new Set((parsed.data.ids ?? []).map((id) => String(id).trim()));
  const records = ctx.engine.list([...wanted]).filter((r) => isVisible(ctx, r));
  return {
    kind: 'tasks',
    records: records.sort(
      (a, b) => a.task.submitTime - b.task.submitTime || a.task.id.localeCompare(b.task.id),
    ),
  };
}

/**
 * GET /mj/task/:id/image-seed (spec §1.3): the seed of a finished task; before that the upstream's
 * `image_seed_not_ready` (trueai answers it with HTTP 400).
 */
export function imageSeed(ctx: GatewayContext, id: string): GatewayResult {
  const record = ownTask(ctx, id);
  if (!record) return { kind: 'taskNotFound' };
  if (record.task.status !== 'SUCCESS') return upstreamError('image_seed_not_ready');
  return { kind: 'seed', seed: String(record.media.seed) };
}
