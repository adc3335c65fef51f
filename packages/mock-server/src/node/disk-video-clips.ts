import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StoredFile } from '../images/image-cache';
import type { VideoClips } from '../images/video-clips';

/** Loads `assets/video/clip-*.mp4` lazily, from the sources or from `dist/` alike. */
export function loadDiskVideoClips(): VideoClips {
  const dir = ['../assets/video/', '../../assets/video/']
    .map((rel) => fileURLToPath(new URL(rel, import.meta.url)))
    .find((candidate) => existsSync(`${candidate}clip-0.mp4`));
  const names = dir ? [0, 1, 2, 3].filter((i) => existsSync(`${dir}clip-${i}.mp4`)) : [];
  const cache = new Map<number, StoredFile>();
  return {
    count: names.length,
    get(n) {
      if (names.length === 0 || !dir) return undefined;
      const i = names[((n % names.length) + names.length) % names.length]!;
      let file = cache.get(i);
      if (!file) {
        file = { bytes: new Uint8Array(readFileSync(`${dir}clip-${i}.mp4`)), contentType: 'video/mp4' };
        cache.set(i, file);
      }
      return file;
    },
  };
}
