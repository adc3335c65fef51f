import { Unzlib, zlibSync } from 'fflate';
import { DEFAULT_IMAGE_LIMITS } from './image-limits';

/** An RGBA or RGB raster. */
export interface Raster {
  width: number;
  height: number;
  /** 3 (RGB) or 4 (RGBA) bytes per pixel, rows top to bottom. */
  channels: 3 | 4;
  data: Uint8Array;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC, the PNG chunk checksum) of some bytes. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One PNG chunk: length, type, data and CRC (exported so tests can build unusual files). */
export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/**
 * Encodes a raster as PNG (8-bit RGB/RGBA, "Sub" filter, zlib via fflate). Pure JS: runs in Node and
 * browsers alike, so a later in-process mock needs no rewrite (DESIGN.md §1).
 */
export function encodePng(raster: Raster, level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 = 6): Uint8Array {
  const { width, height, channels, data } = raster;
  const stride = width * channels;
  const filtered = new Uint8Array((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (stride + 1);
    filtered[row] = 1;
    for (let x = 0; x < stride; x++) {
      const v = data[y * stride + x]!;
      const left = x >= channels ? data[y * stride + x - channels]! : 0;
      filtered[row + 1 + x] = (v - left) & 0xff;
    }
  }
  const header = new Uint8Array(13);
  const hv = new DataView(header.buffer);
  hv.setUint32(0, width);
  hv.setUint32(4, height);
  header.set([8, channels === 4 ? 6 : 2, 0, 0, 0], 8);
  const parts = [
    Uint8Array.from(SIGNATURE),
    pngChunk('IHDR', header),
    pngChunk('IDAT', zlibSync(filtered, { level })),
    pngChunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Reads a PNG's width and height from its IHDR header without decoding it. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== 'IHDR') return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
/** Compressed bytes pushed per inflate step: bounds the work done past the expected size (≤ 1032:1). */
const INFLATE_STEP = 16 * 1024;

/**
 * Decodes an 8-bit, non-interlaced PNG (grey, RGB, palette, grey+alpha, RGBA) into RGBA.
 * Returns `undefined` for anything else, for corrupt data, or when the header's size is over
 * `maxPixels` (checked before anything is inflated, issue #12 item 3). Inflating stops at the size the
 * header announces, so a small file that inflates to gigabytes costs no more than an honest one.
 */
export function decodePng(
  bytes: Uint8Array,
  maxPixels: number = DEFAULT_IMAGE_LIMITS.maxPixels,
): Raster | undefined {
  const size = pngSize(bytes);
  if (!size || size.width < 1 || size.height < 1 || size.width * size.height > maxPixels) return undefined;
  const colorType = bytes[25]!;
  const ch = CHANNELS[colorType];
  if (bytes[24] !== 8 || bytes[28] !== 0 || !ch) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const idat: Uint8Array[] = [];
  let palette: Uint8Array | undefined;
  for (let off = 8; off + 12 <= bytes.length; ) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(bytes[off + 4]!, bytes[off + 5]!, bytes[off + 6]!, bytes[off + 7]!);
    const body = bytes.subarray(off + 8, off + 8 + len);
    if (type === 'IDAT') idat.push(body);
    if (type === 'PLTE') palette = body;
    if (type === 'IEND') break;
    off += 12 + len;
  }
  const { width, height } = size;
  const stride = width * ch;
  const raw = inflateBounded(idat, (stride + 1) * height);
  if (!raw) return undefined;
  const pixels = unfilter(raw, stride, height, ch);
  return pixels && { width, height, channels: 4, data: toRgba(pixels, width * height, colorType, palette) };
}

/** Inflates the zlib stream into exactly `expected` bytes; `undefined` if it is shorter or corrupt. */
function inflateBounded(parts: readonly Uint8Array[], expected: number): Uint8Array | undefined {
  const out = new Uint8Array(expected);
  let filled = 0;
  const inflater = new Unzlib((chunk) => {
    const room = expected - filled;
    if (room > 0) out.set(room < chunk.length ? chunk.subarray(0, room) : chunk, filled);
    filled += chunk.length;
  });
  const joined = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    joined.set(part, offset);
    offset += part.length;
  }
  try {
    for (let i = 0; i < joined.length && filled <= expected; i += INFLATE_STEP)
      inflater.push(joined.subarray(i, i + INFLATE_STEP), i + INFLATE_STEP >= joined.length);
  } catch {
    return undefined;
  }
  return filled >= expected ? out : undefined;
}

/** Reverses the per-row PNG filters (None, Sub, Up, Average, Paeth). */
function unfilter(raw: Uint8Array, stride: number, height: number, ch: number): Uint8Array | undefined {
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    if (filter > 4) return undefined;
    const src = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let x = 0; x < stride; x++) {
      const a = x >= ch ? pixels[row + x - ch]! : 0;
      const b = y > 0 ? pixels[up + x]! : 0;
      let pred = 0;
      if (filter === 1) pred = a;
      else if (filter === 2) pred = b;
      else if (filter === 3) pred = (a + b) >> 1;
      else if (filter === 4) pred = paeth(a, b, x >= ch && y > 0 ? pixels[up + x - ch]! : 0);
      pixels[row + x] = (raw[src + x]! + pred) & 0xff;
    }
  }
  return pixels;
}

/** Expands grey, grey+alpha, palette, RGB or RGBA samples to RGBA. */
function toRgba(
  pixels: Uint8Array,
  count: number,
  colorType: number,
  palette: Uint8Array | undefined,
): Uint8Array {
  const rgba = new Uint8Array(count * 4);
  for (let i = 0, o = 0; i < count; i++, o += 4) {
    if (colorType === 6) {
      rgba[o] = pixels[i * 4]!;
      rgba[o + 1] = pixels[i * 4 + 1]!;
      rgba[o + 2] = pixels[i * 4 + 2]!;
      rgba[o + 3] = pixels[i * 4 + 3]!;
    } else if (colorType === 2) {
      rgba[o] = pixels[i * 3]!;
      rgba[o + 1] = pixels[i * 3 + 1]!;
      rgba[o + 2] = pixels[i * 3 + 2]!;
      rgba[o + 3] = 255;
    } else if (colorType === 3) {
      const k = pixels[i]! * 3;
      rgba[o] = palette?.[k] ?? 0;
      rgba[o + 1] = palette?.[k + 1] ?? 0;
      rgba[o + 2] = palette?.[k + 2] ?? 0;
      rgba[o + 3] = 255;
    } else {
      const grey = colorType === 4 ? pixels[i * 2]! : pixels[i]!;
      rgba[o] = grey;
      rgba[o + 1] = grey;
      rgba[o + 2] = grey;
      rgba[o + 3] = colorType === 4 ? pixels[i * 2 + 1]! : 255;
    }
  }
  return rgba;
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};
