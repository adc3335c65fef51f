import jpeg from 'jpeg-js';
import type { ImageData } from './data-url';
import { decodePng, type Raster } from './png';

/**
 * Decodes a PNG or JPEG into RGBA (pure JS, no Node API). GIF, WebP, 16-bit or interlaced PNGs give
 * `undefined`: they are still valid inputs, only not drawn into results.
 */
export function decodeImage(image: Pick<ImageData, 'format' | 'bytes'>): Raster | undefined {
  if (image.format === 'png') return decodePng(image.bytes);
  if (image.format !== 'jpeg') return undefined;
  try {
    const out = jpeg.decode(image.bytes, { useTArray: true, formatAsRGBA: true, maxMemoryUsageInMB: 256 });
    return { width: out.width, height: out.height, channels: 4, data: out.data };
  } catch {
    return undefined;
  }
}
