import { type CustomId, type GatewayBody, needsModal, parseCustomId } from '@mjkit/contract';
import { ownTask } from './task-routes';
import type { TaskRecord } from '../engine/task-record';
import { configOf, type GatewayContext } from './context';
import { followUp } from './follow-up';
import { bindBody, forcedOutcome } from './guards';
import { type GatewayResult, localError, upstreamError } from './result';
import { submitTask } from './submit-task';

/** The target of a follow-up: it must exist (`task_not_found`) and have succeeded (`task_status_not_success`). */
export function findTarget(
  ctx: GatewayContext,
  taskId: string | null | undefined,
): { ok: true; record: Readonly<TaskRecord> } | { ok: false; result: GatewayResult } {
  if (!taskId?.trim()) return { ok: false, result: localError('task_id_is_required') };
  const record = ownTask(ctx, taskId);
  if (!record) return { ok: false, result: localError('task_not_found') };
  if (record.task.status !== 'SUCCESS') return { ok: false, result: localError('task_status_not_success') };
  return { ok: true, record };
}

/**
 * Presses a button of `target`: `modal` (code 21) where spec §4 says a modal is needed (Custom Zoom,
 * Vary Region, PicReader, shorten prompts, remix, or the forced `modal` outcome); otherwise the new
 * task is queued like any submit.
 */
export function pressButton(
  ctx: GatewayContext,
  target: Readonly<TaskRecord>,
  id: CustomId,
  body: GatewayBody,
): GatewayResult {
  const config = configOf(ctx);
  const input = followUp(target, id, config.imageSize);
  if (!input) return upstreamError('params_invalid');
  const forcedModal = forcedOutcome(ctx, target.task.prompt, ['modal']) !== undefined;
  const modal = forcedModal || needsModal(id.kind, config.remix || body.enableRemix === true);
  return submitTask(ctx, {
    prompt: input.prompt,
    input: { ...input, modal, state: body.state ?? null, notifyHook: body.notifyHook || null },
  });
}

/**
 * POST /mj/submit/action (spec §4): `taskId` and `customId` of a button on a finished task.
 * Missing customId or one no family matches: the gateway's errors (spec §7). No upstream checks that
 * the customId is one of the target's buttons (profiles.md §3), so neither does the mock.
 */
export function action(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (!body.customId?.trim()) return localError('custom_id_is_required');
  const id = parseCustomId(body.customId.trim());
  if (!id) return localError('unknown_action', body.customId);
  const target = findTarget(ctx, body.taskId);
  if (!target.ok) return target.result;
  return pressButton(ctx, target.record, id, body);
}
