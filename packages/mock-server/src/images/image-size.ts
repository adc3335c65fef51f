import type { ImageFormat } from './data-url';
import { pngSize } from './png';

/** Width and height of an image in pixels. */
export interface ImageSize {
  width: number;
  height: number;
}

/**
 * Reads an image's width and height from its header, without decoding it (issue #12 item 3): PNG IHDR,
 * JPEG SOFn, GIF logical screen, WebP VP8/VP8L/VP8X. `undefined` when the header is missing or cut off.
 */
export function imageSize(format: ImageFormat, bytes: Uint8Array): ImageSize | undefined {
  switch (format) {
    case 'png':
      return pngSize(bytes);
    case 'jpeg':
      return jpegSize(bytes);
    case 'gif':
      return bytes.length < 10 ? undefined : { width: le16(bytes, 6), height: le16(bytes, 8) };
    case 'webp':
      return webpSize(bytes);
  }
}

const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const le16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const le24 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16);

/**
 * Walks the JPEG marker segments to the first start-of-frame (SOF0–SOF15 but DHT C4, JPG C8, DAC CC).
 * Each step jumps a whole segment, so the walk is linear in the number of segments, not in the bytes.
 */
export function jpegSize(bytes: Uint8Array): ImageSize | undefined {
  let i = 2;
  while (i + 9 < bytes.length) {
    if (bytes[i] !== 0xff) return undefined;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return undefined; // end of image or scan before any frame
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      i += 2; // markers without a length
      continue;
    }
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      return { height: be16(bytes, i + 5), width: be16(bytes, i + 7) };
    i += 2 + be16(bytes, i + 2);
  }
  return undefined;
}

/** WebP: lossy `VP8 `, lossless `VP8L` or extended `VP8X` first chunk. */
function webpSize(bytes: Uint8Array): ImageSize | undefined {
  if (bytes.length < 30) return undefined;
  const chunk = String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!);
  if (chunk === 'VP8 ') return { width: le16(bytes, 26) & 0x3fff, height: le16(bytes, 28) & 0x3fff };
  if (chunk === 'VP8L') {
    const bits = bytes[21]! | (bytes[22]! << 8) | (bytes[23]! << 16) | (bytes[24]! << 24);
    return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  if (chunk === 'VP8X') return { width: le24(bytes, 24) + 1, height: le24(bytes, 27) + 1 };
  return undefined;
}
