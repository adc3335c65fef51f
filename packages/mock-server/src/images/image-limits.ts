/**
 * Mock safety limits on images (issue #12 item 3). An 8000×8000 PNG is only 62 KB on the wire but
 * 256 MB as RGBA, and decoding it blocked the event loop for 7 s (twice on describe). These limits are
 * checked on the size read from the file's header, before anything is inflated or decoded.
 *
 * Measured here (Node 20, one core): decoding a 2048² PNG ≈ 0.2 s, a 2048² JPEG ≈ 0.4 s, rendering a
 * 2048² final ≈ 0.3 s; each grows with the pixel count.
 */

/** Image limits; every field is configurable, {@link DEFAULT_IMAGE_LIMITS} are the defaults. */
export interface ImageLimits {
  /** Widest and tallest input accepted, in pixels. Over it → `image_too_large`. */
  maxEdge: number;
  /** Largest input accepted, in pixels (width × height). Over it → `image_too_large`. */
  maxPixels: number;
  /**
   * Largest input that is decoded to draw it or take its colours. Bigger accepted inputs are described
   * from their header (size) and bytes (a stable palette), so they cost no decoding.
   */
  maxDecodePixels: number;
  /** Longest edge of a rendered final image; bigger specs are rendered downscaled. */
  maxRenderEdge: number;
  /** Longest edge of a rendered progress preview (Midjourney's previews are small and blurry anyway). */
  maxPreviewEdge: number;
}

/**
 * Defaults: inputs up to 4096×4096 (Midjourney's own 2× upscales of a 2048 grid) are accepted; up to
 * 2048×2048 (4 MP) are decoded; finals are rendered at most 2048 and previews 1024 on their long edge.
 */
export const DEFAULT_IMAGE_LIMITS: Readonly<ImageLimits> = Object.freeze({
  maxEdge: 4096,
  maxPixels: 4096 * 4096,
  maxDecodePixels: 2048 * 2048,
  maxRenderEdge: 2048,
  maxPreviewEdge: 1024,
});

/** Why an input image is refused. The gateway answers both with the upstream's `base64格式错误` (spec §1.2). */
export type ImageRefusal = 'image_too_large' | 'image_malformed';

/** Checks a header size against the limits: `undefined` when accepted. */
export function checkImageSize(
  size: { width: number; height: number },
  limits: Pick<ImageLimits, 'maxEdge' | 'maxPixels'> = DEFAULT_IMAGE_LIMITS,
): ImageRefusal | undefined {
  const { width, height } = size;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1)
    return 'image_malformed';
  if (width > limits.maxEdge || height > limits.maxEdge || width * height > limits.maxPixels)
    return 'image_too_large';
  return undefined;
}

/**
 * Scales a size down (never up) so its longest edge is at most `maxEdge`, keeping the aspect ratio;
 * each edge stays ≥ 1.
 * @example fitWithin(8000, 4000, 2048) // { width: 2048, height: 1024 }
 */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  const long = Math.max(width, height);
  if (long <= maxEdge) return { width, height };
  const scale = maxEdge / long;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}
