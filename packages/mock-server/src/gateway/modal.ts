import type { GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type GatewayResult, localError, upstreamError } from './result';
import { fromOutcome } from './submit-result';

/** `--zoom N` with 1 ≤ N ≤ 2 (Custom Zoom's modal needs it, spec §4). */
const ZOOM = /--zoom\s+(\d+(?:\.\d+)?)/i;

/**
 * POST /mj/submit/modal (spec §4): confirms a task left in MODAL by code 21. The prompt falls back to
 * the task's own; Vary Region needs a `maskBase64` image; Custom Zoom needs `--zoom` between 1 and 2.
 * The task is then queued and runs like any other.
 */
export function modal(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (!body.taskId?.trim()) return localError('task_id_is_required');
  const record = ctx.engine.record(body.taskId.trim());
  if (!record) return localError('task_not_found');
  if (record.task.status !== 'MODAL') return upstreamError('task_status_invalid');
  const prompt = body.prompt?.trim() || record.task.prompt || record.task.properties.finalPrompt || '';
  if (!prompt) return upstreamError('prompt_required');
  const kind = record.customId?.kind;
  if (kind === 'inpaint') {
    if (!body.maskBase64) return upstreamError('mask_invalid');
    const mask = parseImages([body.maskBase64]);
    if (!mask.ok) return mask.result;
  }
  if (kind === 'custom_zoom') {
    const zoom = Number(ZOOM.exec(prompt)?.[1]);
    if (!(zoom >= 1 && zoom <= 2)) return upstreamError('custom_zoom_invalid');
  }
  return fromOutcome(ctx.engine.confirmModal(record.task.id, prompt));
}
