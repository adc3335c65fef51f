import { hashBytes } from '../engine/random';
import type { ImageData } from './data-url';
import type { StoredFile } from './image-cache';

/** Path prefix of stored uploads (and imagine/blend references). */
export const UPLOAD_PREFIX = '/cdn/uploads';

/** The URL a stored upload is served at. */
export function uploadUrl(baseUrl: string, file: string): string {
  return `${baseUrl}${UPLOAD_PREFIX}/${file}`;
}

const EXT: Record<ImageData['format'], string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp' };

/** Images clients sent (uploads, references): kept so the URLs the mock returns really serve them. */
export interface UploadStore {
  /** Stores an image and returns its file name (`<id>.<ext>`). Same bytes → same name. */
  put(image: ImageData): string;
  get(file: string): StoredFile | undefined;
  clear(): void;
}

/** An in-memory upload store. */
export function createUploadStore(): UploadStore {
  const files = new Map<string, StoredFile>();
  return {
    put(image) {
      const name = `${hashBytes(image.bytes).toString().padStart(10, '0')}${image.bytes.length}.${EXT[image.format]}`;
      files.set(name, { bytes: image.bytes, contentType: image.contentType });
      return name;
    },
    get: (file) => files.get(file),
    clear: () => files.clear(),
  };
}
