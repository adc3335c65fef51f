/** A rendered or stored file. */
export interface StoredFile {
  bytes: Uint8Array;
  contentType: string;
}

/** A bounded least-recently-used cache of rendered files (DESIGN.md §3: rendered once, then cached). */
export interface FileCache {
  get(key: string, render: () => StoredFile | undefined): StoredFile | undefined;
  clear(): void;
  readonly size: number;
}

/** Creates a cache holding at most `maxBytes` of files. */
export function createFileCache(maxBytes = 256 * 1024 * 1024): FileCache {
  const entries = new Map<string, StoredFile>();
  let total = 0;
  return {
    get(key, render) {
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit);
        return hit;
      }
      const file = render();
      if (!file) return undefined;
      entries.set(key, file);
      total += file.bytes.length;
      for (const [k, v] of entries) {
        if (total <= maxBytes || entries.size <= 1) break;
        entries.delete(k);
        total -= v.bytes.length;
      }
      return file;
    },
    clear() {
      entries.clear();
      total = 0;
    },
    get size() {
      return entries.size;
    },
  };
}
