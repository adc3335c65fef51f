/**
 * A copy of an OpenAPI document whose `servers` point at `baseUrl`, keeping each server's path (the
 * gateway document lists `/mj-relax`, `/mj-fast`, `/mj-turbo` as alternate servers). The committed
 * documents say `http://127.0.0.1:8080`; the running mock may listen elsewhere or behind a proxy.
 * @example rewriteServers(doc, 'http://127.0.0.1:9000').servers // [{url:'http://127.0.0.1:9000'}, …]
 */
export function rewriteServers<T>(doc: T, baseUrl: string): T {
  const base = baseUrl.replace(/\/+$/, '');
  const servers = (doc as { servers?: { url: string }[] }).servers ?? [{ url: '/' }];
  return {
    ...doc,
    servers: servers.map((server) => ({ ...server, url: `${base}${pathOf(server.url)}` })),
  };
}

/** The path part of a server URL, without a trailing slash (`''` for the root). */
function pathOf(url: string): string {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url; // a relative server URL is a path already
  }
  return path.replace(/\/+$/, '');
}
