/**
 * new-api mounts the Midjourney routes on `/mj` and on `/:mode/mj` for ANY one path segment
 * (`router/relay-router.go` `registerMjRouterGroup`). Returns the `/mj/...` path and the segment, or
 * `undefined` when the path is not a Midjourney path.
 * @example splitModePrefix('/anything/mj/submit/imagine') // { path: '/mj/submit/imagine', mode: 'anything' }
 */
export function splitModePrefix(path: string): { path: string; mode: string | undefined } | undefined {
  if (path === '/mj' || path.startsWith('/mj/')) return { path, mode: undefined };
  const match = /^\/([^/]+)(\/mj(?:\/.*)?)$/.exec(path);
  if (!match) return undefined;
  return { path: match[2] as string, mode: match[1] };
}
