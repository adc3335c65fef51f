import type { GatewayContext } from './context';
import { ownTask } from './task-routes';
import { bindBody } from './guards';
import { type GatewayResult, localError, upstreamError } from './result';
import { fromOutcome } from './submit-result';

/**
 * POST /mj/submit/modal (spec §4): confirms a task left in MODAL by code 21. The prompt falls back to
 * the task's own. `maskBase64` is not parsed: trueai leaves `DataUrl.Parse(MaskBase64)` commented out
 * (`SubmitController.cs` Modal), so a bare base64 (what web clients send, `dataUrl.split(",")[1]`) and a
 * data URL are both accepted, and there is no `--zoom` check (profiles.md §3: no upstream has one).
 * The task is then queued and runs like any other.
 */
export function modal(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (!body.taskId?.trim()) return localError('task_id_is_required');
  const record = ownTask(ctx, body.taskId);
  if (!record) return localError('task_not_found');
  if (record.task.status !== 'MODAL') return upstreamError('task_status_invalid');
  const prompt = body.prompt?.trim() || record.task.prompt || record.task.properties.finalPrompt || '';
  if (!prompt) return upstreamError('prompt_required');
  return fromOutcome(ctx.engine.confirmModal(record.task.id, prompt));
}
