import { unzlibSync, zlibSync } from 'fflate';

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

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
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
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(filtered, { level })),
    chunk('IEND', new Uint8Array()),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Reads a PNG's width and height from its header without decoding it. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const paeth = (a: number, b: number, c: number) => {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
};

/**
 * Decodes an 8-bit, non-interlaced PNG (grey, RGB, palette, grey+alpha, RGBA) into RGBA.
 * Returns `undefined` for anything else or for corrupt data.
 */
export function decodePng(bytes: Uint8Array): Raster | undefined {
  const size = pngSize(bytes);
  if (!size) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const depth = bytes[24];
  const colorType = bytes[25]!;
  const interlace = bytes[28];
  if (depth !== 8 || interlace !== 0) return undefined;
  const channelsOf: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
  const ch = channelsOf[colorType];
  if (!ch) return undefined;
  const idat: Uint8Array[] = [];
  let palette: Uint8Array | undefined;
  for (let off = 8; off + 12 <= bytes.length; ) {
    const len = view.getUint32(off);
    const type = String.fromCharCode(...bytes.subarray(off + 4, off + 8));
    const body = bytes.subarray(off + 8, off + 8 + len);
    if (type === 'IDAT') idat.push(body);
    if (type === 'PLTE') palette = body;
    if (type === 'IEND') break;
    off += 12 + len;
  }
  try {
    const joined = new Uint8Array(idat.reduce((n, p) => n + p.length, 0));
    let o = 0;
    for (const p of idat) {
      joined.set(p, o);
      o += p.length;
    }
    const raw = unzlibSync(joined);
    const { width, height } = size;
    const stride = width * ch;
    if (raw.length < (stride + 1) * height) return undefined;
    const pixels = new Uint8Array(stride * height);
    for (let y = 0; y < height; y++) {
      const filter = raw[y * (stride + 1)]!;
      for (let x = 0; x < stride; x++) {
        const v = raw[y * (stride + 1) + 1 + x]!;
        const a = x >= ch ? pixels[y * stride + x - ch]! : 0;
        const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
        const c = x >= ch && y > 0 ? pixels[(y - 1) * stride + x - ch]! : 0;
        const pred = [0, a, b, (a + b) >> 1, paeth(a, b, c)][filter];
        if (pred === undefined) return undefined;
        pixels[y * stride + x] = (v + pred) & 0xff;
      }
    }
    const rgba = new Uint8Array(width * height * 4);
    for (let i = 0; i < width * height; i++) {
      const p = pixels.subarray(i * ch, i * ch + ch);
      let rgb: [number, number, number];
      let alpha = 255;
      if (colorType === 3) {
        const k = p[0]! * 3;
        rgb = [palette?.[k] ?? 0, palette?.[k + 1] ?? 0, palette?.[k + 2] ?? 0];
      } else if (ch <= 2) {
        rgb = [p[0]!, p[0]!, p[0]!];
        if (ch === 2) alpha = p[1]!;
      } else {
        rgb = [p[0]!, p[1]!, p[2]!];
        if (ch === 4) alpha = p[3]!;
      }
      rgba.set([...rgb, alpha], i * 4);
    }
    return { width, height, channels: 4, data: rgba };
  } catch {
    return undefined;
  }
}
