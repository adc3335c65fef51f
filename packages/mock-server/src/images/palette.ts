import { hashBytes } from '../engine/random';
import type { ImageData } from './data-url';
import { decodeImage } from './decode-image';

/**
 * Up to `count` representative colours (0xRRGGBB) of a reference image, so references visibly tint
 * the result. PNGs and JPEGs are decoded and averaged per horizontal band; other formats fall back to colours
 * derived from their bytes (stable, but not the image's real colours).
 */
export function paletteOf(image: ImageData, count = 3): number[] {
  const raster = decodeImage(image);
  if (!raster) {
    const h = hashBytes(image.bytes);
    return Array.from({ length: count }, (_, i) => (Math.imul(h, i * 2 + 1) >>> 8) & 0xffffff);
  }
  const colours: number[] = [];
  const band = Math.max(1, Math.floor(raster.height / count));
  for (let b = 0; b < count; b++) {
    const sum = [0, 0, 0];
    let n = 0;
    for (let y = b * band; y < Math.min(raster.height, (b + 1) * band); y++) {
      for (let x = 0; x < raster.width; x += Math.max(1, Math.floor(raster.width / 64))) {
        const o = (y * raster.width + x) * 4;
        sum[0]! += raster.data[o]!;
        sum[1]! += raster.data[o + 1]!;
        sum[2]! += raster.data[o + 2]!;
        n++;
      }
    }
    const [r, g, bl] = sum.map((v) => Math.round(v / Math.max(1, n))) as [number, number, number];
    colours.push((r << 16) | (g << 8) | bl);
  }
  return colours;
}
