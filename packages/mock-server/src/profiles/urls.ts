/**
 * Makes a stored path absolute at answer time (DESIGN.md §3: `--public-url`, else the request's
 * origin). Paths start with `/`; anything else (an external reference URL) is kept as is.
 */
export function absolute(baseUrl: string, pathOrUrl: string): string {
  return pathOrUrl.startsWith('/') ? `${baseUrl}${pathOrUrl}` : pathOrUrl;
}

/** {@link absolute} for a nullable value. */
export function absoluteOrNull(baseUrl: string, pathOrUrl: string | null): string | null {
  return pathOrUrl === null ? null : absolute(baseUrl, pathOrUrl);
}
