import type { GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { envelope, type EnvelopeReply, type ErrorReply, localError, submitReply } from './replies';

/** `--zoom N` with 1 ≤ N ≤ 2 (Custom Zoom's modal needs it, spec §4). */
const ZOOM = /--zoom\s+(\d+(?:\.\d+)?)/i;

/**
 * POST /mj/submit/modal (spec §4): confirms a task left in MODAL by code 21. The prompt falls back to
 * the task's own; Vary Region needs a `maskBase64` image; Custom Zoom needs `--zoom` between 1 and 2.
 * The task is then queued (1/22/23) and runs like any other.
 */
export function modal(ctx: GatewayContext, raw: unknown): EnvelopeReply | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const body = bound.value;
  if (!body.taskId?.trim()) return localError('task_id_is_required');
  const record = ctx.engine.record(body.taskId.trim());
  if (!record) return localError('task_not_found');
  if (record.task.status !== 'MODAL') return envelope(4, '关联任务状态错误');
  const prompt = body.prompt?.trim() || record.task.prompt || record.task.properties.finalPrompt || '';
  if (!prompt) return envelope(4, 'prompt不能为空');
  const kind = record.customId?.kind;
  if (kind === 'inpaint') {
    if (!body.maskBase64) return envelope(4, 'maskBase64参数错误');
    const mask = parseImages([body.maskBase64]);
    if (!mask.ok) return mask.reply;
  }
  if (kind === 'custom_zoom') {
    const zoom = Number(ZOOM.exec(prompt)?.[1]);
    if (!(zoom >= 1 && zoom <= 2))
      return envelope(4, '参数错误: Custom Zoom needs --zoom between 1 and 2 in the prompt');
  }
  return submitReply(ctx.engine.confirmModal(record.task.id, prompt), ctx.engine.instance);
}
