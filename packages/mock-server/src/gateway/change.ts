import type { CustomId } from '@mjkit/contract';
import { findTarget, pressButton } from './action';
import type { GatewayContext } from './context';
import { bindBody } from './guards';
import { type GatewayResult, localError, upstreamError } from './result';

const CHANGEABLE = ['IMAGINE', 'VARIATION', 'REROLL', 'BLEND'];

/** U/V/R on a grid by action name, shared by change and simple-change (spec §1.2). */
function changeGrid(
  ctx: GatewayContext,
  body: Parameters<typeof pressButton>[3],
  taskId: string,
  action: string,
  index: number,
): GatewayResult {
  const target = findTarget(ctx, taskId);
  if (!target.ok) return target.result;
  if (!CHANGEABLE.includes(target.record.task.action)) return upstreamError('change_not_allowed');
  const hash = target.record.hash;
  const id: CustomId =
    action === 'UPSCALE'
      ? { kind: 'upsample', index: index as 1, hash }
      : action === 'VARIATION'
        ? { kind: 'variation', index: index as 1, hash }
        : { kind: 'reroll', hash };
  return pressButton(ctx, target.record, id, { ...body, enableRemix: false });
}

/**
 * POST /mj/submit/change: `taskId`, `action` UPSCALE/VARIATION/REROLL, `index` 1–4. The gateway checks
 * in this order (spec §7): task_id_is_required, action_is_required, index_is_required (REROLL too).
 */
export function change(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (!body.taskId?.trim()) return localError('task_id_is_required');
  if (!body.action) return localError('action_is_required');
  if (!body.index) return localError('index_is_required');
  if (!['UPSCALE', 'VARIATION', 'REROLL'].includes(body.action))
    return upstreamError('change_action_invalid');
  // No upstream has an `index参数错误` text (profiles.md §3): trueai's generic 参数错误.
  if (body.index < 1 || body.index > 4) return upstreamError('params_invalid');
  return changeGrid(ctx, body, body.taskId, body.action, body.index);
}

/**
 * POST /mj/submit/simple-change: `content` is `"<taskId> U1..U4|V1..V4|R"`, case-insensitive.
 * Missing → content_is_required; unparseable → content_parse_failed.
 */
export function simpleChange(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const content = body.content?.trim();
  if (!content) return localError('content_is_required');
  const m = /^(\d+)\s+(?:([UV])([1-4])|(R))$/i.exec(content);
  if (!m) return localError('content_parse_failed');
  const action = m[4] ? 'REROLL' : m[2]!.toUpperCase() === 'U' ? 'UPSCALE' : 'VARIATION';
  return changeGrid(ctx, body, m[1]!, action, Number(m[3] ?? 1));
}
