import { sizeFor } from '../engine/media';
import { hashString } from '../engine/random';
import { paletteOf } from '../images/palette';
import { findTarget } from './action';
import { configOf, type GatewayContext } from './context';
import { bindBody, parseImages } from './guards';
import { envelope, type EnvelopeReply, type ErrorReply } from './replies';
import { submitTask } from './submit-task';

/**
 * POST /mj/submit/video (spec §1.2, trueai): from a prompt and a start `image` (URL or data URL), or
 * `action: "extend"` of a finished video task with a 0-based `index`. `motion` low/high (default low),
 * `batchSize` 1, 2 or 4 clips (default 4). Results are real MP4 files in `videoUrl`/`videoUrls`.
 */
export function video(ctx: GatewayContext, raw: unknown): EnvelopeReply | ErrorReply {
  const bound = bindBody(raw);
  if (!bound.ok) return bound.reply;
  const body = bound.value;
  const prompt = body.prompt?.trim();
  if (!prompt) return envelope(4, 'Prompt 不能为空');
  const motion = body.motion || 'low';
  if (motion !== 'low' && motion !== 'high') return envelope(4, 'motion参数错误');
  const count = body.batchSize ?? 4;
  if (![1, 2, 4].includes(count)) return envelope(4, 'batchSize参数错误');
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
    if (body.action !== 'extend') return envelope(4, '任务类型错误');
    const target = findTarget(ctx, body.taskId);
    if (!target.ok) return target.reply;
    const t = target.record.task;
    if (t.action !== 'VIDEO' && t.action !== 'VIDEO_EXTEND') return envelope(4, '任务类型错误');
    const index = body.index ?? 0;
    if (index < 0 || index >= (target.record.video?.count ?? 1)) return envelope(4, 'index参数错误');
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
  if (!start.ok) return start.reply;
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
