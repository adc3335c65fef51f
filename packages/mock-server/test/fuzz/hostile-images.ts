import { deflateSync } from 'node:zlib';
import { pngChunk } from '../../src/images/png';

/**
 * Test builders for hostile images: a valid, all-black 8-bit greyscale PNG of any size (an
 * 8000×8000 one is 64 MB of pixels and ~62 KB on the wire, the file of issue #12 item 3), optionally
 * with a header that lies about its size.
 */
export function solidPng(width: number, height: number, header = { width, height }): Uint8Array {
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, header.width);
  view.setUint32(4, header.height);
  ihdr.set([8, 0, 0, 0, 0], 8);
  // Every row is filter 0 followed by zeros: the whole stream is zeros.
  const idat = deflateSync(new Uint8Array((1 + width) * height), { level: 9 });
  return join([
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', new Uint8Array(idat.buffer, idat.byteOffset, idat.length)),
    pngChunk('IEND', new Uint8Array()),
  ]);
}

/** A minimal baseline JPEG header (SOI, APP0, SOF0 with the given size, EOI): enough for size probing. */
export function jpegHeader(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

/** `data:image/png;base64,…` of some bytes. */
export function dataUrlOf(bytes: Uint8Array, type = 'image/png'): string {
  return `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
}

function join(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}
