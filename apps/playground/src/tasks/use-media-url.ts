import { createContext, useContext, useEffect, useState } from 'react';

/**
 * Turns a media URL into one an `<img>`/`<video>` can load. Against a server that is the URL itself;
 * for the in-page mock, whose URLs never reach the network, it fetches through the mock and makes an
 * object URL.
 */
export type MediaResolver = (url: string) => Promise<string>;

/** The resolver of the current session (identity outside the in-page mode). */
export const MediaResolverContext = createContext<MediaResolver | undefined>(undefined);

/** Most object URLs kept; the oldest are revoked first. */
export const MEDIA_CACHE_LIMIT = 60;

/**
 * A resolver that fetches URLs starting with `origin` through `fetchImpl` into object URLs, cached
 * (bounded to {@link MEDIA_CACHE_LIMIT}); other URLs pass through.
 */
export function createObjectUrlResolver(origin: string, fetchImpl: typeof fetch): MediaResolver {
  const cache = new Map<string, Promise<string>>();
  return (url) => {
    if (!url.startsWith(origin)) return Promise.resolve(url);
    const hit = cache.get(url);
    if (hit) return hit;
    const made = fetchImpl(url)
      .then((res) => {
        if (!res.ok) throw new Error(`HTTP ${res.status}`);
        return res.blob();
      })
      .then((blob) => URL.createObjectURL(blob));
    cache.set(url, made);
    if (cache.size > MEDIA_CACHE_LIMIT) {
      const [oldest, value] = cache.entries().next().value as [string, Promise<string>];
      cache.delete(oldest);
      void value.then(
        (u) => URL.revokeObjectURL(u),
        () => {},
      );
    }
    made.catch(() => cache.delete(url));
    return made;
  };
}

/** The loadable URL for `url` (undefined while resolving). */
export function useMediaUrl(url: string | undefined): string | undefined {
  const resolve = useContext(MediaResolverContext);
  const [resolved, setResolved] = useState<string | undefined>(resolve ? undefined : url);
  useEffect(() => {
    if (!url) return setResolved(undefined);
    if (!resolve) return setResolved(url);
    let live = true;
    resolve(url).then(
      (u) => live && setResolved(u),
      () => live && setResolved(undefined),
    );
    return () => {
      live = false;
    };
  }, [url, resolve]);
  return resolved;
}
