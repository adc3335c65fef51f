import { describe, expect, it } from 'vitest';
import { pngDataUrl } from '../../test/support/builders';
import { decodeBase64, parseImageDataUrl, sniffImageFormat, toDataUrl } from './data-url';
import { paletteOf } from './palette';
import { decodePng, encodePng, pngSize } from './png';
import { renderPng, renderRaster } from './render';

describe('png', () => {
  it('round-trips a raster through encode and decode', () => {
    const data = Uint8Array.from({ length: 5 * 3 * 3 }, (_, i) => (i * 37) % 256);
    const decoded = decodePng(encodePng({ width: 5, height: 3, channels: 3, data }))!;
    expect(decoded).toMatchObject({ width: 5, height: 3, channels: 4 });
    for (let i = 0; i < 15; i++)
      expect([...decoded.data.subarray(i * 4, i * 4 + 3)]).toEqual([...data.subarray(i * 3, i * 3 + 3)]);
  });

  it('refuses what is not a PNG', () => {
    expect(decodePng(new Uint8Array([1, 2, 3]))).toBeUndefined();
    expect(pngSize(new Uint8Array(30))).toBeUndefined();
  });
});

describe('data URLs', () => {
  it('accepts a real image and detects its format from magic bytes, not the declared type', async () => {
    const url = (await pngDataUrl()).replace('image/png', 'image/jpeg');
    expect(parseImageDataUrl(url)).toMatchObject({ format: 'png', contentType: 'image/png' });
  });

  it.each([
    ['placeholder', 'data:image/png;base64,xxx1'],
    ['gateway doc placeholder', '<string>'],
    ['not base64', 'data:image/png;base64,@@@@'],
    ['text bytes', `data:image/png;base64,${btoa('hello world, not an image')}`],
    ['shortened PNG', 'data:image/jpeg;base64,iVBOR...gg=='],
    ['empty', 'data:image/png;base64,'],
  ])('rejects %s', (_name, value) => {
    expect(parseImageDataUrl(value)).toBeUndefined();
  });

  it('rejects a cut-off PNG and takes bare base64 only when allowed', async () => {
    const url = await pngDataUrl();
    const payload = url.split(',')[1]!;
    expect(parseImageDataUrl(`data:image/png;base64,${payload.slice(0, 40)}`)).toBeUndefined();
    expect(parseImageDataUrl(payload)).toBeUndefined();
    expect(parseImageDataUrl(payload, { allowBare: true })?.format).toBe('png');
  });

  it('sniffs jpeg, gif and webp headers', () => {
    expect(sniffImageFormat(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageFormat(new TextEncoder().encode('GIF89a'))).toBe('gif');
    expect(sniffImageFormat(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).toBe('webp');
    expect(decodeBase64('not base64!')).toBeUndefined();
    expect(toDataUrl(new Uint8Array([1]))).toBe('data:image/png;base64,AQ==');
  });
});

describe('rendering', () => {
  const spec = {
    layout: 'grid' as const,
    seed: 3,
    width: 96,
    height: 64,
    progress: 100,
    palette: [],
    inputs: [],
  };

  it('renders a real, decodable PNG of the requested size', () => {
    const decoded = decodePng(renderPng(spec))!;
    expect([decoded.width, decoded.height]).toEqual([96, 64]);
  });

  it('draws a 2×2 grid with a white gutter, a single image without', () => {
    const at = (r: ReturnType<typeof renderRaster>, x: number, y: number) => [
      ...r.data.subarray((y * r.width + x) * 3, (y * r.width + x) * 3 + 3),
    ];
    const grid = renderRaster(spec);
    expect(at(grid, 48, 10)).toEqual([255, 255, 255]);
    expect(at(grid, 10, 32)).toEqual([255, 255, 255]);
    const single = renderRaster({ ...spec, layout: 'single' });
    expect(at(single, 48, 10)).not.toEqual([255, 255, 255]);
  });

  it('renders previews coarser than the final image', () => {
    const distinct = (p: number) =>
      new Set(
        Array.from({ length: 96 }, (_, x) => renderRaster({ ...spec, progress: p }).data[(20 * 96 + x) * 3]),
      ).size;
    expect(distinct(10)).toBeLessThan(distinct(100));
  });

  it('takes colours from reference images', async () => {
    const image = parseImageDataUrl(await pngDataUrl([10, 200, 30]))!;
    expect(paletteOf(image)).toEqual([0x0ac81e, 0x0ac81e, 0x0ac81e]);
    const tinted = renderPng({ ...spec, palette: paletteOf(image) });
    expect(Buffer.from(tinted).equals(Buffer.from(renderPng(spec)))).toBe(false);
  });
});
