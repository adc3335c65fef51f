import type { Task } from '@mjkit/contract';

/** A stored path (`/cdn/...`) made absolute against `baseUrl`; external URLs stay as they are. */
export const absoluteUrl = (value: string | null | undefined, baseUrl: string): string | null | undefined =>
  typeof value === 'string' && value.startsWith('/') ? `${baseUrl}${value}` : value;

/**
 * A copy of a stored task with every mock-served path made absolute (issue #11: records keep
 * base-URL-free paths; every profile builds URLs at answer time).
 */
export function withAbsoluteUrls(task: Readonly<Task>, baseUrl: string): Task {
  const out: Task = { ...task, imageUrl: absoluteUrl(task.imageUrl, baseUrl) as Task['imageUrl'] };
  const media = out as { imageUrls?: { url: string }[]; videoUrl?: string; videoUrls?: { url: string }[] };
  if (media.imageUrls)
    media.imageUrls = media.imageUrls.map((m) => ({ ...m, url: absoluteUrl(m.url, baseUrl) as string }));
  if (media.videoUrls)
    media.videoUrls = media.videoUrls.map((m) => ({ ...m, url: absoluteUrl(m.url, baseUrl) as string }));
  if (media.videoUrl) media.videoUrl = absoluteUrl(media.videoUrl, baseUrl) as string;
  return out;
}
