import jpeg from 'jpeg-js';
import type { ImageData } from './data-url';
import { checkImageSize, DEFAULT_IMAGE_LIMITS, type ImageLimits, type ImageRefusal } from './image-limits';
import { type ImageSize, imageSize } from './image-size';
import { decodePng, type Raster } from './png';

/** What {@link ImageDecoder.read} learnt about an input image, from its header first. */
export type ImageRead =
  | {
      ok: true;
      width: number;
      height: number;
      /** RGBA pixels; `undefined` for GIF/WebP/16-bit PNGs and inputs over `maxDecodePixels`. */
      raster: Raster | undefined;
    }
  | { ok: false; error: ImageRefusal; width?: number; height?: number };

/** Pixel decoders by format, injectable so a test can count calls. */
export interface PixelDecoders {
  png(bytes: Uint8Array, maxPixels: number): Raster | undefined;
  jpeg(bytes: Uint8Array, maxPixels: number): Raster | undefined;
}

/** Counters of an image decoder (numbers for `/__mock/state` and the tests). */
export interface ImageDecoderStats {
  /** Calls that reached a pixel decoder. */
  decoded: number;
  /** Inputs refused from their header alone (never decoded). */
  refused: number;
  /** Reads answered from the cache (the same bytes read again, e.g. describe's size and palette). */
  cacheHits: number;
}

/** Reads image headers, checks limits, decodes at most once per input. */
export interface ImageDecoder {
  /** Size from the header, then limits, then (within `maxDecodePixels`) pixels. Same bytes → cached. */
  read(image: Pick<ImageData, 'format' | 'bytes'>): ImageRead;
  readonly limits: Readonly<ImageLimits>;
  readonly stats: Readonly<ImageDecoderStats>;
}

/** Options of {@link createImageDecoder}. */
export interface ImageDecoderOptions {
  limits?: Partial<ImageLimits>;
  decoders?: PixelDecoders;
  /** Most recent reads kept (keyed by the bytes' identity); default 8. */
  cacheEntries?: number;
  /** Most raster bytes kept in the cache; default 64 MB (four 2048² RGBA rasters). */
  cacheBytes?: number;
}

const DEFAULT_DECODERS: PixelDecoders = {
  png: decodePng,
  jpeg(bytes, maxPixels) {
    try {
      const out = jpeg.decode(bytes, {
        useTArray: true,
        formatAsRGBA: true,
        maxResolutionInMP: maxPixels / 1_000_000,
        maxMemoryUsageInMB: 256,
      });
      return { width: out.width, height: out.height, channels: 4, data: out.data };
    } catch {
      return undefined;
    }
  },
};

/**
 * Creates an image decoder (issue #12 item 3): the size comes from the header (PNG, JPEG, GIF, WebP);
 * over `maxEdge`/`maxPixels` the input is refused before any pixel work, within `maxDecodePixels` it is
 * decoded, and a bounded cache makes a second read of the same bytes free.
 * @example
 * const decoder = createImageDecoder({ limits: { maxEdge: 2048 } });
 * const read = decoder.read(image);
 * if (!read.ok) return envelope(4, 'base64格式错误');
 */
export function createImageDecoder(options: ImageDecoderOptions = {}): ImageDecoder {
  const limits = Object.freeze({ ...DEFAULT_IMAGE_LIMITS, ...options.limits });
  const decoders = options.decoders ?? DEFAULT_DECODERS;
  const maxEntries = options.cacheEntries ?? 8;
  const maxBytes = options.cacheBytes ?? 64 * 1024 * 1024;
  const stats: ImageDecoderStats = { decoded: 0, refused: 0, cacheHits: 0 };
  const cache = new Map<Uint8Array, ImageRead>();
  let cachedBytes = 0;
  const rasterBytes = (r: ImageRead) => (r.ok && r.raster ? r.raster.data.length : 0);

  const remember = (bytes: Uint8Array, result: ImageRead) => {
    cache.set(bytes, result);
    cachedBytes += rasterBytes(result);
    for (const [key, value] of cache) {
      if (cache.size <= 1 || (cache.size <= maxEntries && cachedBytes <= maxBytes)) break;
      cache.delete(key);
      cachedBytes -= rasterBytes(value);
    }
  };

  const readUncached = ({ format, bytes }: Pick<ImageData, 'format' | 'bytes'>): ImageRead => {
    const size: ImageSize | undefined = imageSize(format, bytes);
    if (!size) return { ok: false, error: 'image_malformed' };
    const refusal = checkImageSize(size, limits);
    if (refusal) {
      stats.refused++;
      return { ok: false, error: refusal, ...size };
    }
    const decode = format === 'png' || format === 'jpeg' ? decoders[format] : undefined;
    if (!decode || size.width * size.height > limits.maxDecodePixels)
      return { ok: true, ...size, raster: undefined };
    stats.decoded++;
    const raster = decode(bytes, limits.maxDecodePixels);
    // A raster whose size differs from its header is a lying file: draw nothing from it.
    const honest =
      raster && raster.width === size.width && raster.height === size.height ? raster : undefined;
    return { ok: true, ...size, raster: honest };
  };

  return {
    limits,
    stats,
    read(image) {
      const hit = cache.get(image.bytes);
      if (hit) {
        stats.cacheHits++;
        cache.delete(image.bytes);
        cache.set(image.bytes, hit);
        return hit;
      }
      const result = readUncached(image);
      remember(image.bytes, result);
      return result;
    },
  };
}

/** The decoder behind {@link decodeImage} and {@link readImage}, with the default limits. */
export const defaultImageDecoder: ImageDecoder = createImageDecoder();

/** Reads an image with the default decoder: header size, limit check, pixels once. */
export function readImage(image: Pick<ImageData, 'format' | 'bytes'>): ImageRead {
  return defaultImageDecoder.read(image);
}

/**
 * Decodes a PNG or JPEG into RGBA (pure JS, no Node API). GIF, WebP, 16-bit or interlaced PNGs, and
 * inputs over the limits give `undefined`: they are still valid inputs, only not drawn into results.
 * Decodes each input once: a second call with the same bytes is a cache hit.
 */
export function decodeImage(image: Pick<ImageData, 'format' | 'bytes'>): Raster | undefined {
  const read = readImage(image);
  return read.ok ? read.raster : undefined;
}
