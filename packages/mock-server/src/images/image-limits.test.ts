import { describe, expect, it, vi } from 'vitest';
import { jpegHeader, solidPng } from '../../test/fuzz/hostile-images';
import { createImageDecoder, decodeImage, defaultImageDecoder, type PixelDecoders } from './decode-image';
import { checkImageSize, DEFAULT_IMAGE_LIMITS, fitWithin } from './image-limits';
import { imageSize } from './image-size';
import { decodePng, encodePng } from './png';
import { renderPng, renderRaster, renderSize } from './render';
import { pngSize } from './png';

/** Real decoders wrapped in spies, so a test sees whether an input ever reached one. */
function spiedDecoders() {
  const png = vi.fn<PixelDecoders['png']>((bytes, max) => decodePng(bytes, max));
  const jpeg = vi.fn<PixelDecoders['jpeg']>(() => undefined);
  return { png, jpeg };
}

describe('image limits (issue #12 item 3)', () => {
  it('refuses an 8000×8000 PNG (62 KB) from its header: the decoder is never called', () => {
    const bytes = solidPng(8000, 8000);
    expect(bytes.length).toBeLessThan(70 * 1024);
    expect(pngSize(bytes)).toEqual({ width: 8000, height: 8000 });
    const decoders = spiedDecoders();
    const decoder = createImageDecoder({ decoders });
    expect(decoder.read({ format: 'png', bytes })).toEqual({
      ok: false,
      error: 'image_too_large',
      width: 8000,
      height: 8000,
    });
    expect(decoders.png).not.toHaveBeenCalled();
    expect(decoder.stats).toMatchObject({ decoded: 0, refused: 1 });
    // The old entry point and decodePng itself refuse it too, without inflating.
    const before = defaultImageDecoder.stats.decoded;
    expect(decodeImage({ format: 'png', bytes })).toBeUndefined();
    expect(defaultImageDecoder.stats.decoded).toBe(before);
    expect(decodePng(bytes)).toBeUndefined();
  });

  it('accepts up to the limits and decodes only within the decode budget', () => {
    const decoders = spiedDecoders();
    const decoder = createImageDecoder({
      decoders,
      limits: { maxEdge: 64, maxPixels: 64 * 32, maxDecodePixels: 16 * 16 },
    });
    expect(decoder.read({ format: 'png', bytes: solidPng(64, 32) })).toMatchObject({
      ok: true,
      width: 64,
      height: 32,
      raster: undefined,
    });
    expect(decoder.read({ format: 'png', bytes: solidPng(64, 33) })).toMatchObject({
      ok: false,
      error: 'image_too_large',
    });
    expect(decoder.read({ format: 'png', bytes: solidPng(65, 1) })).toMatchObject({
      ok: false,
      error: 'image_too_large',
    });
    expect(decoders.png).not.toHaveBeenCalled();
    const small = decoder.read({ format: 'png', bytes: solidPng(16, 16) });
    expect(small.ok && small.raster).toMatchObject({ width: 16, height: 16, channels: 4 });
    expect(decoders.png).toHaveBeenCalledTimes(1);
  });

  it('decodes each input once: a second read of the same bytes is a cache hit (describe reads twice)', () => {
    const decoders = spiedDecoders();
    const decoder = createImageDecoder({ decoders });
    const image = { format: 'png' as const, bytes: solidPng(32, 32) };
    const first = decoder.read(image);
    expect(decoder.read(image)).toBe(first);
    expect(decoders.png).toHaveBeenCalledTimes(1);
    expect(decoder.stats).toMatchObject({ decoded: 1, cacheHits: 1 });
  });

  it('keeps the cache bounded in entries and raster bytes', () => {
    const decoders = spiedDecoders();
    const decoder = createImageDecoder({ decoders, cacheEntries: 2, cacheBytes: 32 * 36 * 4 });
    const images = [1, 2, 3].map((n) => ({ format: 'png' as const, bytes: solidPng(32, 32 + n) }));
    for (const image of images) decoder.read(image);
    decoder.read(images[2]!); // only the newest fits the byte budget
    decoder.read(images[0]!); // evicted: decoded again
    expect(decoders.png).toHaveBeenCalledTimes(4);
  });

  it('refuses a header that lies about the size and stops inflating a zip bomb at the announced size', () => {
    // Header says 16×16, the stream inflates to 4000×4000×3 bytes.
    const bomb = solidPng(4000, 4000, { width: 16, height: 16 });
    const raster = decodePng(bomb);
    expect(raster).toMatchObject({ width: 16, height: 16 }); // the first rows are honest zeros
    expect(raster!.data.length).toBe(16 * 16 * 4);
    // Header says 64×64, the stream holds 16×16: too short, no raster.
    expect(decodePng(solidPng(16, 16, { width: 64, height: 64 }))).toBeUndefined();
    expect(checkImageSize({ width: 0, height: 10 })).toBe('image_malformed');
  });

  it('reads sizes from PNG, JPEG, GIF and WebP headers without decoding', () => {
    expect(
      imageSize('png', encodePng({ width: 3, height: 2, channels: 3, data: new Uint8Array(18) })),
    ).toEqual({ width: 3, height: 2 });
    expect(imageSize('jpeg', jpegHeader(8000, 6000))).toEqual({ width: 8000, height: 6000 });
    const gif = Uint8Array.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x40, 0x1f, 0x40, 0x1f, 0, 0, 0, 0x3b]);
    expect(imageSize('gif', gif)).toEqual({ width: 8000, height: 8000 });
    const webp = new Uint8Array(30);
    webp.set([0x52, 0x49, 0x46, 0x46, 22, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x58]);
    webp.set([0x3f, 0x1f, 0x00, 0x3f, 0x1f, 0x00], 24); // VP8X 8000×8000 (stored minus one)
    expect(imageSize('webp', webp)).toEqual({ width: 8000, height: 8000 });
    const decoders = spiedDecoders();
    expect(
      createImageDecoder({ decoders }).read({ format: 'jpeg', bytes: jpegHeader(8000, 6000) }),
    ).toMatchObject({
      ok: false,
      error: 'image_too_large',
    });
    expect(decoders.jpeg).not.toHaveBeenCalled();
    expect(imageSize('jpeg', Uint8Array.from([0xff, 0xd8, 0xff, 0xd9]))).toBeUndefined();
  });
});

describe('render size cap', () => {
  const spec = {
    layout: 'single' as const,
    seed: 1,
    width: 8000,
    height: 4000,
    progress: 100,
    palette: [],
    inputs: [],
  };

  it('downscales finals to maxRenderEdge and previews to maxPreviewEdge, keeping the aspect ratio', () => {
    expect(renderSize(spec)).toEqual({ width: 2048, height: 1024 });
    expect(renderSize({ ...spec, progress: 40 })).toEqual({ width: 1024, height: 512 });
    expect(renderSize({ ...spec, width: 1024, height: 1024 })).toEqual({ width: 1024, height: 1024 });
    expect(fitWithin(10, 10_000, 100)).toEqual({ width: 1, height: 100 });
    const limits = { maxRenderEdge: 32, maxPreviewEdge: 16 };
    expect(pngSize(renderPng(spec, [], limits))).toEqual({ width: 32, height: 16 });
    expect(renderRaster({ ...spec, progress: 10 }, [], limits)).toMatchObject({ width: 16, height: 8 });
    expect(DEFAULT_IMAGE_LIMITS).toMatchObject({ maxEdge: 4096, maxRenderEdge: 2048, maxPreviewEdge: 1024 });
  });
});
