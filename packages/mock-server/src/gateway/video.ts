import { sizeFor } from '../engine/media';
import { hashString } from '../engine/random';
import { paletteOf } from '../images/palette';
import { findTarget } from './action';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { type GatewayResult, upstreamError } from './result';
import { submitTask } from './submit-task';

/**
 * POST /mj/submit/video (spec §1.2, trueai): from a prompt and a start `image` (URL or data URL), or
 * `action: "extend"` of a finished video task with a 0-based `index`. `motion` low/high (default low),
 * `batchSize` 1, 2 or 4 clips (default 4). Results are real MP4 files in `videoUrl`/`videoUrls`.
 */
export function video(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt) return upstreamError('video_prompt_required');
  const motion = body.motion || 'low';
  if (motion !== 'low' && motion !== 'high') return upstreamError('motion_invalid');
  const count = body.batchSize ?? 4;
  if (![1, 2, 4].includes(count)) return upstreamError('batch_size_invalid');
  const size = sizeFor(prompt, undefined, configOf(ctx).imageSize);
  const common = {
    prompt,
    description: `/video ${prompt}`,
    state: body.state ?? null,
    notifyHook: body.notifyHook || null,
    botType: 'MID_JOURNEY' as const,
    product: 'video' as const,
    video: { count },
    properties: { finalPrompt: `${prompt} --motion ${motion}` },
  };
  if (body.action === 'extend' || body.taskId) {
    if (body.action !== 'extend') return upstreamError('task_type_invalid');
    const target = findTarget(ctx, body.taskId);
    if (!target.ok) return target.result;
    const t = target.record.task;
    if (t.action !== 'VIDEO' && t.action !== 'VIDEO_EXTEND') return upstreamError('task_type_invalid');
    const index = body.index ?? 0;
    if (index < 0 || index >= (target.record.video?.count ?? 1)) return upstreamError('index_invalid');
    return submitTask(ctx, {
      prompt,
      input: {
        ...common,
        action: 'VIDEO_EXTEND',
        parentId: t.id,
        media: { ...target.record.media, layout: 'single', seed: target.record.media.seed + index + 1 },
      },
    });
  }
  const start =
    body.image && !/^https?:\/\//i.test(body.image)
      ? parseImages([body.image])
      : { ok: true as const, value: [] };
  if (!start.ok) return start.result;
  const keys = start.value.map((img) => ctx.uploads.put(img));
  return submitTask(ctx, {
    prompt,
    input: {
      ...common,
      action: 'VIDEO',
      media: {
        layout: 'single',
        seed: hashString(`${prompt}:${body.image ?? ''}`),
        ...size,
        palette: start.value.flatMap((img) => paletteOf(img)),
        inputs: keys,
      },
    },
  });
}
