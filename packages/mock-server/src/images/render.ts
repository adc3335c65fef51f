import type { ImageSpec } from '../engine/media';
import { createRandom } from '../engine/random';
import { DEFAULT_IMAGE_LIMITS, fitWithin, type ImageLimits } from './image-limits';
import { encodePng, type Raster } from './png';

type Rgb = [number, number, number];

const rgbOf = (n: number): Rgb => [(n >> 16) & 255, (n >> 8) & 255, n & 255];
const mix = (a: Rgb, b: Rgb, t: number): Rgb => [
  a[0] + (b[0] - a[0]) * t,
  a[1] + (b[1] - a[1]) * t,
  a[2] + (b[2] - a[2]) * t,
];

/** A little scene per tile: sky gradient, a sun and two hill lines, all from the seed and palette. */
interface Scene {
  sky: [Rgb, Rgb];
  sun: { x: number; y: number; r: number; color: Rgb };
  hills: { base: number; amp: number; freq: number; phase: number; color: Rgb }[];
}

function sceneFor(seed: number, palette: readonly number[]): Scene {
  const random = createRandom(seed);
  const pick = (i: number): Rgb =>
    palette.length > 0
      ? rgbOf(palette[(i + random.int(0, palette.length - 1)) % palette.length]!)
      : [random.int(20, 235), random.int(20, 235), random.int(20, 235)];
  const top = pick(0);
  const bottom = mix(pick(1), [255, 255, 255], 0.3);
  return {
    sky: [top, bottom],
    sun: {
      x: random.next(),
      y: 0.15 + random.next() * 0.35,
      r: 0.08 + random.next() * 0.12,
      color: mix(pick(2), [255, 230, 160], 0.5),
    },
    hills: [0, 1].map((i) => ({
      base: 0.55 + i * 0.18 + random.next() * 0.08,
      amp: 0.04 + random.next() * 0.08,
      freq: 1 + random.next() * 4,
      phase: random.next() * Math.PI * 2,
      color: mix(pick(3 + i), [0, 0, 0], 0.25 + i * 0.25),
    })),
  };
}

function shade(s: Scene, u: number, v: number): Rgb {
  let c = mix(s.sky[0], s.sky[1], v);
  const d = Math.hypot(u - s.sun.x, v - s.sun.y);
  if (d < s.sun.r) c = s.sun.color;
  else if (d < s.sun.r * 1.6) c = mix(s.sun.color, c, (d - s.sun.r) / (s.sun.r * 0.6));
  for (const h of s.hills) {
    if (v > h.base + h.amp * Math.sin(u * h.freq * Math.PI + h.phase)) c = mix(h.color, c, 0.15 * (1 - v));
  }
  return c;
}

/**
 * Renders an image deterministically (same spec → same bytes): a 2×2 grid of four variations for
 * grids, one scene for singles. Previews (progress < 100) are pixelated, coarser the earlier they are,
 * like Midjourney's blurry progress images. Never renders more than `maxRenderEdge` (finals) or
 * `maxPreviewEdge` (previews) on the long edge: a bigger spec is rendered downscaled with the same
 * aspect ratio (issue #12 item 3: a 8000×8000 describe input once made 8000×8000 previews).
 */
export function renderRaster(
  spec: ImageSpec,
  inputs: readonly Raster[] = [],
  limits: Pick<ImageLimits, 'maxRenderEdge' | 'maxPreviewEdge'> = DEFAULT_IMAGE_LIMITS,
): Raster {
  const { width, height } = renderSize(spec, limits);
  const data = new Uint8Array(width * height * 3);
  const grid = spec.layout === 'grid';
  const scenes = (grid ? [0, 1, 2, 3] : [0]).map((i) => sceneFor(spec.seed + i * 7919, spec.palette));
  const block = spec.progress >= 100 ? 1 : Math.max(2, Math.round(((100 - spec.progress) / 100) * 48));
  const gutter = grid ? Math.max(1, Math.round(width / 256)) : 0;
  const halfW = width / 2;
  const halfH = height / 2;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bx = x - (x % block);
      const by = y - (y % block);
      let rgb: Rgb;
      const isGutter = grid && (Math.abs(x - halfW) < gutter || Math.abs(y - halfH) < gutter);
      if (isGutter) {
        rgb = [255, 255, 255];
      } else if (grid) {
        const q = (by >= halfH ? 2 : 0) + (bx >= halfW ? 1 : 0);
        rgb = shade(scenes[q]!, (bx % halfW) / halfW, (by % halfH) / halfH);
      } else {
        rgb = shade(scenes[0]!, bx / width, by / height);
      }
      if (inputs.length > 0 && !isGutter) rgb = withInput(rgb, inputs, { width, height }, bx, by, grid);
      const o = (y * width + x) * 3;
      data[o] = rgb[0];
      data[o + 1] = rgb[1];
      data[o + 2] = rgb[2];
    }
  }
  return { width, height, channels: 3, data };
}

/** Nearest-neighbour sample of a raster at (u, v) in [0, 1). */
function sample(r: Raster, u: number, v: number): Rgb {
  const x = Math.min(r.width - 1, Math.floor(u * r.width));
  const y = Math.min(r.height - 1, Math.floor(v * r.height));
  const o = (y * r.width + x) * r.channels;
  return [r.data[o]!, r.data[o + 1]!, r.data[o + 2]!];
}

/**
 * Shows the inputs (blend, swap, edits): in a grid each quadrant is mostly one input (cycling through
 * them) over the scene; a single image is the last input with the first one inset in a circle (a face
 * swapped into the target).
 */
function withInput(
  scene: Rgb,
  inputs: readonly Raster[],
  size: { width: number; height: number },
  x: number,
  y: number,
  grid: boolean,
): Rgb {
  const { width, height } = size;
  if (grid) {
    const q = (y >= height / 2 ? 2 : 0) + (x >= width / 2 ? 1 : 0);
    const u = (x % (width / 2)) / (width / 2);
    const v = (y % (height / 2)) / (height / 2);
    return mix(sample(inputs[q % inputs.length]!, u, v), scene, 0.25);
  }
  const target = inputs[inputs.length - 1]!;
  const u = x / width;
  const v = y / height;
  const d = Math.hypot(u - 0.5, v - 0.42);
  if (inputs.length > 1 && d < 0.2) return sample(inputs[0]!, 0.5 + (u - 0.5) / 0.4, 0.5 + (v - 0.42) / 0.4);
  return mix(sample(target, u, v), scene, 0.1);
}

/** The size a spec is rendered at: its own, downscaled to the limit of finals or previews. */
export function renderSize(
  spec: Pick<ImageSpec, 'width' | 'height' | 'progress'>,
  limits: Pick<ImageLimits, 'maxRenderEdge' | 'maxPreviewEdge'> = DEFAULT_IMAGE_LIMITS,
): { width: number; height: number } {
  const cap = spec.progress >= 100 ? limits.maxRenderEdge : limits.maxPreviewEdge;
  const edge = (n: number) => (Number.isFinite(n) ? Math.max(1, Math.floor(n)) : 1);
  return fitWithin(edge(spec.width), edge(spec.height), cap);
}

/** Renders a spec to PNG bytes; `inputs` are the decoded input images the spec names. */
export function renderPng(
  spec: ImageSpec,
  inputs: readonly Raster[] = [],
  limits: Pick<ImageLimits, 'maxRenderEdge' | 'maxPreviewEdge'> = DEFAULT_IMAGE_LIMITS,
): Uint8Array {
  return encodePng(renderRaster(spec, inputs, limits), spec.progress >= 100 ? 6 : 1);
}
