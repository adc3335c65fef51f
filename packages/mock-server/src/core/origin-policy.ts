/**
 * Who may drive the mock from a browser (issue #12 item 2, DESIGN.md §3): the control API answers CORS
 * only to loopback origins (or the `--cors-origin` list), and every request's `Host` must be a name
 * the mock is really reached by, so a DNS-rebinding page cannot talk to a local mock as "same origin".
 */

const LOOPBACK_HOST = /^(localhost|[a-z0-9-]+(\.[a-z0-9-]+)*\.localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i;

/** The host name of a `Host` header or origin authority, lower-case, without the port. */
export function hostName(authority: string): string {
  const a = authority.trim().toLowerCase();
  if (a.startsWith('[')) return a.slice(0, a.indexOf(']') + 1);
  const colon = a.lastIndexOf(':');
  return colon >= 0 && a.indexOf(':') === colon ? a.slice(0, colon) : a;
}

/** True for `localhost`, `*.localhost`, `127.x.y.z` and `[::1]`. */
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOST.test(hostName(host));
}

/** A host pattern list: `example.test`, `*.example.test` (any subdomain) or `*` (any host). */
export function matchesHostPattern(host: string, patterns: readonly string[]): boolean {
  const name = hostName(host);
  return patterns.some((p) => {
    const pattern = p.trim().toLowerCase();
    if (pattern === '*') return true;
    if (pattern.startsWith('*.')) return name.endsWith(pattern.slice(1)) && name.length > pattern.length - 1;
    return hostName(pattern) === name;
  });
}

/** The browser-facing policy of one server. */
export interface OriginPolicy {
  /**
   * Host names accepted in `Host` besides loopback ones (`--public-url`'s host, `--allowed-host`);
   * `undefined` turns the check off (in-process adapters, where no DNS is involved).
   */
  allowedHosts?: readonly string[] | undefined;
  /** Origins (`https://app.example.test`) or `*` allowed to call the control API from a browser. */
  corsOrigins?: readonly string[] | undefined;
}

/** Whether a request's `Host` passes the DNS-rebinding check. A missing Host passes (HTTP/1.0, tests). */
export function isAllowedHost(host: string | undefined, policy: OriginPolicy): boolean {
  if (policy.allowedHosts === undefined || host === undefined || host === '') return true;
  return isLoopbackHost(host) || matchesHostPattern(host, policy.allowedHosts);
}

/** Whether a browser `Origin` may call the control API: loopback origins, or the `--cors-origin` list. */
export function isAllowedControlOrigin(origin: string, policy: OriginPolicy): boolean {
  const list = policy.corsOrigins ?? [];
  if (list.includes('*')) return true;
  const normalized = origin.trim().toLowerCase().replace(/\/+$/, '');
  if (list.some((o) => o.trim().toLowerCase().replace(/\/+$/, '') === normalized)) return true;
  const m = /^https?:\/\/([^/]+)$/.exec(normalized);
  return m !== null && isLoopbackHost(m[1]!);
}
