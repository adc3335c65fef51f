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
 * `action: "extend"` of a finished video task with a 0-based `index`, or the `taskId` of a finished image
 * task to animate. `motion` low/high (default low), `batchSize` 1, 2 or 4 clips (default 4). Results are real MP4 files in `videoUrl`/`videoUrls`.
 */
export function video(ctx: GatewayContext, raw: unknown): GatewayResult {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt) return upstreamError('video_prompt_required');
  // No upstream has a motion/batchSize/index text (profiles.md §3): unknown values fall back.
  const motion = body.motion === 'high' ? 'high' : 'low';
  const count = [1, 2, 4].includes(body.batchSize ?? 0) ? (body.batchSize as number) : 4;
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
    const target = findTarget(ctx, body.taskId);
    if (!target.ok) return target.result;
    const t = target.record.task;
    const isVideo = t.action === 'VIDEO' || t.action === 'VIDEO_EXTEND';
    if (body.action === 'extend' && !isVideo) return upstreamError('task_type_invalid');
    if (!isVideo) {
      // The gateway page: a `taskId` of an image task animates that image ("基于已有图片扩展视频时使用").
      return submitTask(ctx, {
        prompt,
        input: {
          ...common,
          action: 'VIDEO',
          parentId: t.id,
          media: { ...target.record.media, layout: 'single', seed: hashString(`${prompt}:${t.id}`) },
        },
      });
    }
    const clips = target.record.video?.count ?? 1;
    const index = Math.min(Math.max(body.index ?? 0, 0), clips - 1);
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
