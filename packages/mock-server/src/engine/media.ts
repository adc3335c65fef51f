/**
 * What a task's images are, described (DESIGN.md §3: the engine only describes an image; `images/`
 * renders bytes when a URL is first fetched). URLs look like Discord CDN attachments and are served
 * by the mock under `/cdn/attachments/<taskId>/<file>`.
 */

/** Layout of a rendered image. */
export type ImageLayout = 'grid' | 'single';

/** Everything needed to render one image deterministically. */
export interface ImageSpec {
  layout: ImageLayout;
  seed: number;
  width: number;
  height: number;
  /** 0–100 for an in-progress preview (coarser and blurrier the lower it is); 100 when final. */
  progress: number;
  /** Colours (0xRRGGBB) taken from reference images, which tint the result. */
  palette: number[];
  /** Asset keys of input images a blend/swap shows. */
  inputs: string[];
}

/** What a task produces, decided at submit. */
export interface MediaPlan {
  layout: ImageLayout;
  seed: number;
  width: number;
  height: number;
  palette: number[];
  inputs: string[];
}

/** The path prefix under which task images are served. */
export const CDN_PREFIX = '/cdn/attachments';

/** File name of the final image: prompt words and the message hash, like Midjourney's. */
export function finalImageFile(prompt: string, hash: string): string {
  const slug =
    prompt
      .replace(/--\S+(\s+[^-\s]\S*)?/g, ' ')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 48) || 'image';
  return `mjkit_${slug}_${hash}.png`;
}

/** File name of a preview at `pct` percent: a fresh URL per step (DESIGN.md §3). */
export function previewImageFile(pct: number, hash: string): string {
  return `${hash}_progress_${pct}.png`;
}

/** Parses a file name back to what it shows: the final image or a preview at some percent. */
export function parseImageFile(file: string): { progress: number } | undefined {
  const preview = /_progress_(\d{1,2})\.png$/.exec(file);
  if (preview) return { progress: Number(preview[1]) };
  return /\.png$/.test(file) ? { progress: 100 } : undefined;
}

/**
 * Width and height for an aspect ratio from `--ar W:H` in the prompt (or a `dimensions` word), with
 * the longest edge `size`, rounded to even pixels.
 */
export function sizeFor(
  prompt: string,
  dimensions: string | undefined,
  size: number,
): { width: number; height: number } {
  const ar = /--(?:ar|aspect)\s+(\d+)\s*:\s*(\d+)/i.exec(prompt);
  let w = 1;
  let h = 1;
  if (ar) {
    w = Number(ar[1]) || 1;
    h = Number(ar[2]) || 1;
  } else if (dimensions === 'PORTRAIT') {
    w = 2;
    h = 3;
  } else if (dimensions === 'LANDSCAPE') {
    w = 3;
    h = 2;
  }
  const ratio = Math.min(Math.max(w / h, 1 / 4), 4);
  const even = (n: number) => Math.max(2, Math.round(n / 2) * 2);
  return ratio >= 1
    ? { width: even(size), height: even(size / ratio) }
    : { width: even(size * ratio), height: even(size) };
}
