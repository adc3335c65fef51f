import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { solidPng } from '../../test/fuzz/hostile-images';
import { encodePng, pngChunk } from './png';
import { validateImage } from './validate-image';

/** An 8×8 RGB PNG from the mock's own encoder. */
const png = () =>
  encodePng({ width: 8, height: 8, channels: 3, data: Uint8Array.from({ length: 192 }, (_, i) => i) });

/** A 16×16 baseline JPEG from jpeg-js (the decoder the mock already uses). */
const jpg = () =>
  new Uint8Array(jpeg.encode({ width: 16, height: 16, data: Buffer.alloc(16 * 16 * 4, 0x80) }, 80).data);

const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

/** Where the IEND chunk starts in an encodePng output (the last 12 bytes). */
const iendAt = (b: Uint8Array) => b.length - 12;

describe('validateImage: PNG (#12 item 16)', () => {
  it('accepts the encoder output and a greyscale PNG from zlib', () => {
    expect(validateImage('png', png())).toBeUndefined();
    expect(validateImage('png', solidPng(300, 200))).toBeUndefined();
  });

  it('refuses junk right after the magic bytes, even when it ends with a valid IEND', () => {
    const tail = png().subarray(iendAt(png()));
    const junk = Uint8Array.from({ length: 40 }, (_, i) => (i * 53) & 0xff);
    expect(validateImage('png', concat(png().subarray(0, 8), junk, tail))).toBe('png_chunk_length');
  });

  it('refuses junk between two chunks', () => {
    const b = png();
    const junk = new TextEncoder().encode('<script>alert(1)</script>');
    expect(validateImage('png', concat(b.subarray(0, iendAt(b)), junk, b.subarray(iendAt(b))))).toMatch(
      /^png_/,
    );
  });

  it('refuses a flipped bit in a chunk body (CRC mismatch)', () => {
    const b = png();
    b[40]! ^= 0x01; // inside IDAT
    expect(validateImage('png', b)).toBe('png_crc');
  });

  it('refuses bytes after IEND', () => {
    expect(validateImage('png', concat(png(), Uint8Array.of(0)))).toBe('png_after_iend');
    expect(validateImage('png', concat(png(), new TextEncoder().encode('<html>')))).toBe('png_after_iend');
  });

  it('refuses a file without IEND, without IDAT, or with a chunk before IHDR', () => {
    const b = png();
    expect(validateImage('png', b.subarray(0, iendAt(b)))).toBe('png_no_iend');
    const ihdr = b.subarray(8, 33);
    const sig = b.subarray(0, 8);
    const iend = b.subarray(iendAt(b));
    expect(validateImage('png', concat(sig, ihdr, iend))).toBe('png_no_idat');
    const text = pngChunk('tEXt', new TextEncoder().encode('a\0b'));
    expect(validateImage('png', concat(sig, text, b.subarray(8)))).toBe('png_ihdr_first');
  });

  it('refuses a chunk length that runs past the end (a cut-off file)', () => {
    const b = png();
    expect(validateImage('png', concat(b.subarray(0, 40), b.subarray(iendAt(b))))).toBe('png_chunk_length');
  });
});

describe('validateImage: JPEG', () => {
  it('accepts a jpeg-js encoding', () => {
    expect(validateImage('jpeg', jpg())).toBeUndefined();
  });

  it('refuses a truncated JPEG at every cut past the SOI', () => {
    const b = jpg();
    const faults = new Set<string | undefined>();
    for (let cut = 3; cut < b.length; cut += 7) faults.add(validateImage('jpeg', b.subarray(0, cut)));
    expect(faults.has(undefined)).toBe(false);
  });

  it('refuses a segment length past the end and bytes after EOI', () => {
    const b = jpg();
    const bad = b.slice();
    bad[4] = 0xff; // APP0 length → 65 xxx
    bad[5] = 0xf0;
    expect(validateImage('jpeg', bad)).toBe('jpeg_segment_length');
    expect(validateImage('jpeg', concat(b, Uint8Array.of(0x41)))).toBe('jpeg_no_eoi');
  });

  it('refuses a header with no scan (SOI, APP0, SOF0, EOI)', () => {
    const b = jpg();
    expect(validateImage('jpeg', Uint8Array.of(0xff, 0xd8, 0xff, 0xd9))).toBe('jpeg_no_scan');
    expect(validateImage('jpeg', Uint8Array.of(0xff, 0xd8, 0x00, 0x00, ...b.subarray(2)))).toBe(
      'jpeg_marker',
    );
  });
});

describe('validateImage: GIF and WebP', () => {
  const gif = Uint8Array.of(
    ...new TextEncoder().encode('GIF89a'),
    ...[1, 0, 1, 0, 0x80, 0, 0, 0, 0, 0, 0xff, 0xff, 0xff],
    ...[0x2c, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0x02, 0x02, 0x44, 0x01, 0x00, 0x3b],
  );

  it('accepts a 1×1 GIF and refuses one without its trailer', () => {
    expect(validateImage('gif', gif)).toBeUndefined();
    expect(validateImage('gif', gif.subarray(0, gif.length - 1))).toBe('gif_trailer');
    expect(
      validateImage('gif', Uint8Array.of(...new TextEncoder().encode('GIF88a'), ...gif.subarray(6))),
    ).toBe('gif_header');
  });

  /** RIFF/WEBP with one VP8L chunk of `body` bytes; `riffSize` defaults to the honest one. */
  const webp = (body: number, riffSize = 12 + body) => {
    const b = new Uint8Array(20 + body);
    const v = new DataView(b.buffer);
    b.set(new TextEncoder().encode('RIFF'), 0);
    v.setUint32(4, riffSize, true);
    b.set(new TextEncoder().encode('WEBPVP8L'), 8);
    v.setUint32(16, body, true);
    return b;
  };

  it('accepts a RIFF size equal to the file size and refuses any other', () => {
    expect(validateImage('webp', webp(10))).toBeUndefined();
    expect(validateImage('webp', webp(10, 21))).toBe('webp_size');
    expect(validateImage('webp', webp(10, 23))).toBe('webp_size');
    expect(validateImage('webp', concat(webp(10), Uint8Array.of(0)))).toBe('webp_size');
  });
});
