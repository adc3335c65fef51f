import type { ImageFormat } from './data-url';
import { crc32 } from './png';

/**
 * Why a file's structure is refused (issue #12 item 16). The gateway answers every one of them with
 * the upstream's `base64格式错误` (code 4, spec §1.2); the reason is for tests and logs.
 */
export type ImageFault =
  | 'png_signature'
  | 'png_chunk_length'
  | 'png_chunk_type'
  | 'png_crc'
  | 'png_ihdr_first'
  | 'png_no_idat'
  | 'png_no_iend'
  | 'png_after_iend'
  | 'jpeg_soi'
  | 'jpeg_marker'
  | 'jpeg_segment_length'
  | 'jpeg_no_frame'
  | 'jpeg_no_scan'
  | 'jpeg_no_eoi'
  | 'gif_header'
  | 'gif_trailer'
  | 'webp_riff'
  | 'webp_size'
  | 'webp_chunk';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** PNG chunk lengths are at most 2³¹ − 1 (PNG spec §5.3). */
const PNG_MAX_CHUNK = 0x7fffffff;

/**
 * Walks an image's container structure before it is stored or served (issue #12 item 16), so bytes
 * that only start with a magic number are never served back as an image. Pure and browser-safe; one
 * pass, linear in the file's length (PNG CRCs read every byte once, the other walks jump whole
 * segments), no allocation beyond subarray views.
 * - PNG: signature; every chunk's length fits and its CRC-32 matches; IHDR (13 bytes) first, at least
 *   one IDAT, IEND last with nothing after it.
 * - JPEG: SOI; marker segments whose lengths fit, a frame (SOFn) before the first scan (SOS); the
 *   file ends with EOI.
 * - GIF: `GIF87a`/`GIF89a` and a logical screen descriptor; the file ends with the trailer 0x3B.
 * - WebP: `RIFF`, a size equal to the file size − 8, `WEBP`, and a first chunk that fits.
 * @returns `undefined` when the structure holds, otherwise the first fault found.
 * @example validateImage('png', encodePng(raster)) // undefined
 */
export function validateImage(format: ImageFormat, bytes: Uint8Array): ImageFault | undefined {
  switch (format) {
    case 'png':
      return validatePng(bytes);
    case 'jpeg':
      return validateJpeg(bytes);
    case 'gif':
      return validateGif(bytes);
    case 'webp':
      return validateWebp(bytes);
  }
}

const u32 = (b: Uint8Array, i: number) =>
  ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const le32 = (b: Uint8Array, i: number) =>
  (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const be16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;
const ascii = (b: Uint8Array, i: number) => String.fromCharCode(b[i]!, b[i + 1]!, b[i + 2]!, b[i + 3]!);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

function validatePng(bytes: Uint8Array): ImageFault | undefined {
  if (bytes.length < 8 || !PNG_SIGNATURE.every((v, i) => bytes[i] === v)) return 'png_signature';
  let idat = false;
  for (let off = 8, first = true; off < bytes.length; first = false) {
    if (off + 12 > bytes.length) return 'png_chunk_length';
    const length = u32(bytes, off);
    if (length > PNG_MAX_CHUNK || off + 12 + length > bytes.length) return 'png_chunk_length';
    for (let k = 4; k < 8; k++) if (!isLetter(bytes[off + k]!)) return 'png_chunk_type';
    if (crc32(bytes.subarray(off + 4, off + 8 + length)) !== u32(bytes, off + 8 + length)) return 'png_crc';
    const type = ascii(bytes, off + 4);
    if (first !== (type === 'IHDR') || (first && length !== 13)) return 'png_ihdr_first';
    if (type === 'IDAT') idat = true;
    off += 12 + length;
    if (type === 'IEND') {
      if (!idat) return 'png_no_idat';
      return off === bytes.length ? undefined : 'png_after_iend';
    }
  }
  return 'png_no_iend';
}

function validateJpeg(bytes: Uint8Array): ImageFault | undefined {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) return 'jpeg_soi';
  let frame = false;
  let i = 2;
  while (i + 1 < bytes.length) {
    if (bytes[i] !== 0xff) return 'jpeg_marker';
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i++; // fill byte before a marker (JPEG B.1.1.2)
      continue;
    }
    if (marker === 0x00 || marker === 0xd8) return 'jpeg_marker';
    if (marker === 0xd9) return 'jpeg_no_scan'; // EOI before any scan: no picture
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2; // TEM and RSTn carry no length
      continue;
    }
    if (i + 4 > bytes.length) return 'jpeg_segment_length';
    const length = be16(bytes, i + 2);
    if (length < 2 || i + 2 + length > bytes.length) return 'jpeg_segment_length';
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
      frame = true;
    if (marker === 0xda) {
      if (!frame) return 'jpeg_no_frame';
      // Entropy-coded data follows the scan header; the file must close with EOI.
      const end = bytes.length;
      return end >= i + 2 + length + 2 && bytes[end - 2] === 0xff && bytes[end - 1] === 0xd9
        ? undefined
        : 'jpeg_no_eoi';
    }
    i += 2 + length;
  }
  return 'jpeg_no_scan';
}

function validateGif(bytes: Uint8Array): ImageFault | undefined {
  const version = bytes.length >= 6 ? String.fromCharCode(...bytes.subarray(0, 6)) : '';
  if ((version !== 'GIF87a' && version !== 'GIF89a') || bytes.length < 14) return 'gif_header';
  return bytes[bytes.length - 1] === 0x3b ? undefined : 'gif_trailer';
}

function validateWebp(bytes: Uint8Array): ImageFault | undefined {
  if (bytes.length < 20 || ascii(bytes, 0) !== 'RIFF' || ascii(bytes, 8) !== 'WEBP') return 'webp_riff';
  if (le32(bytes, 4) + 8 !== bytes.length) return 'webp_size';
  const chunk = ascii(bytes, 12);
  if (chunk !== 'VP8 ' && chunk !== 'VP8L' && chunk !== 'VP8X') return 'webp_chunk';
  return 20 + le32(bytes, 16) <= bytes.length ? undefined : 'webp_chunk';
}
