import type { Random } from './random';
import { CDN_PREFIX, finalImageFile } from './media';
import { buttonsFor } from './product-buttons';
import type { TaskRecord } from './task-record';

/** The base-URL-free path of a task file (`/cdn/attachments/<id>/<file>`). */
export const taskFilePath = (r: TaskRecord, file: string): string => `${CDN_PREFIX}/${r.task.id}/${file}`;

/**
 * Writes what a finished task shows (spec §3): on SUCCESS its final image, size, buttons, grid parts,
 * text result, message properties and videos; on FAILURE an empty progress and the reason (default
 * `Invalid Form Body`). The status itself is set by the caller.
 */
export function writeResult(
  r: TaskRecord,
  status: 'SUCCESS' | 'FAILURE',
  failReason: string | undefined,
  random: Random,
  instance: { discordInstanceId: string },
): void {
  const t = r.task;
  if (status === 'SUCCESS') {
    t.progress = '100%';
    t.imageUrl = r.finalImageUrl ?? taskFilePath(r, finalImageFile(t.prompt, r.hash));
    t.imageWidth = r.media.width;
    t.imageHeight = r.media.height;
    t.buttons = buttonsFor(r);
    t.imageUrls = r.product === 'grid' ? [1, 2, 3, 4].map((i) => ({ url: `${t.imageUrl}?part=${i}` })) : [];
    // Describe: the result replaces the prompt (spec §3.1).
    if (r.product === 'describe' && r.finalProperties.finalPrompt)
      t.prompt = t.promptEn = r.finalProperties.finalPrompt;
    Object.assign(t.properties, r.finalProperties, {
      messageId: `1${random.digits(18)}`,
      messageHash: r.hash,
      messageContent: `**${t.promptEn || t.prompt}** - <@${instance.discordInstanceId}> (${t.mode.toLowerCase()})`,
    });
    if (r.video) {
      const clips = Array.from({ length: r.video.count }, (_, i) => taskFilePath(r, `${r.hash}_${i}.mp4`));
      t.videoUrl = clips[0] ?? null;
      t.videoUrls = clips.map((u) => ({ url: u }));
    }
  } else {
    t.progress = '';
    t.failReason = failReason ?? 'Invalid Form Body';
  }
}
