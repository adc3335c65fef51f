import { hashBytes } from '../engine/random';
import type { ImageData } from './data-url';
import type { StoredFile } from './image-cache';

/** Path prefix of stored uploads (and imagine/blend references). */
export const UPLOAD_PREFIX = '/cdn/uploads';

/** The base-URL-free path a stored upload is served at (a profile makes it absolute). */
export function uploadPath(file: string): string {
  return `${UPLOAD_PREFIX}/${file}`;
}

const EXT: Record<ImageData['format'], string> = { png: 'png', jpeg: 'jpg', gif: 'gif', webp: 'webp' };

/** Bounds of the upload store (issue #12 item 12). */
export interface UploadLimits {
  /** Total bytes kept (default 256 MiB). */
  maxBytes: number;
  /** Files kept (default 10 000). */
  maxFiles: number;
}

/** Images clients sent (uploads, references): kept so the URLs the mock returns really serve them. */
export interface UploadStore {
  /** Stores an image and returns its file name (`<id>.<ext>`). Same bytes → same name. */
  put(image: ImageData): string;
  get(file: string): StoredFile | undefined;
  /** Every stored file, oldest first (for snapshots). */
  entries(): [string, StoredFile][];
  /** Puts a file back under its name (restore). */
  restore(name: string, file: StoredFile): void;
  clear(): void;
  /** Files and bytes held, and files evicted so far to stay within the limits. */
  stats(): { files: number; bytes: number; evictions: number };
}

/** An in-memory upload store; the oldest files are evicted beyond `limits`. */
export function createUploadStore(limits: Partial<UploadLimits> = {}): UploadStore {
  const maxBytes = limits.maxBytes ?? 256 * 1024 * 1024;
  const maxFiles = limits.maxFiles ?? 10_000;
  const files = new Map<string, StoredFile>();
  let bytes = 0;
  let evictions = 0;
  const add = (name: string, file: StoredFile) => {
    const old = files.get(name);
    if (old) {
      bytes -= old.bytes.length;
      files.delete(name);
    }
    files.set(name, file);
    bytes += file.bytes.length;
    for (const [k, v] of files) {
      if ((bytes <= maxBytes && files.size <= maxFiles) || k === name) break;
      files.delete(k);
      bytes -= v.bytes.length;
      evictions++;
    }
  };
  return {
    put(image) {
      const name = `${hashBytes(image.bytes).toString().padStart(10, '0')}${image.bytes.length}.${EXT[image.format]}`;
      add(name, { bytes: image.bytes, contentType: image.contentType });
      return name;
    },
    get: (file) => files.get(file),
    entries: () => [...files.entries()],
    restore: add,
    clear() {
      files.clear();
      bytes = 0;
    },
    stats: () => ({ files: files.size, bytes, evictions }),
  };
}
