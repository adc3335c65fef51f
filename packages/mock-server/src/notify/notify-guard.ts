import { matchesHostPattern } from '../core/origin-policy';

/**
 * The notifyHook SSRF guard's pure part (issue #12 item 9), browser-safe: which URLs and addresses a
 * delivery may reach when `--notify-allow` is set. The Node transport resolves the host, checks every
 * address here and connects to the checked address only (no second lookup a DNS answer could change).
 *
 * Default (no `--notify-allow`): any http/https URL, loopback included — a mock on a laptop posts to
 * receivers on the same laptop. With it: only hosts matching a pattern, never a private, loopback,
 * link-local, CGNAT, multicast or unspecified address, never a redirect, only http/https.
 */

/** Why a delivery was refused before any connection (journaled as its error). */
export function checkNotifyUrl(url: string, allow: readonly string[] | undefined): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return 'invalid notifyHook URL';
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:')
    return `notifyHook blocked: protocol ${target.protocol} (only http and https)`;
  if (allow === undefined) return undefined;
  if (!matchesHostPattern(target.hostname, allow))
    return `notifyHook blocked: host ${target.hostname} is not in --notify-allow`;
  return undefined;
}

const v4 = (address: string): number[] | undefined => {
  const parts = address.split('.');
  if (parts.length !== 4) return undefined;
  const n = parts.map(Number);
  return n.every((x, i) => Number.isInteger(x) && x >= 0 && x <= 255 && parts[i] !== '') ? n : undefined;
};

/**
 * True for addresses a guarded delivery must not reach: 0/8, 10/8, 100.64/10, 127/8, 169.254/16,
 * 172.16/12, 192.0.0/24, 192.168/16, 198.18/15, 224/4 and above; `::`, `::1`, fc00::/7, fe80::/10,
 * ff00::/8, and IPv4-mapped forms of the IPv4 ones.
 * @example isBlockedAddress('169.254.169.254') // true (cloud metadata)
 */
export function isBlockedAddress(address: string): boolean {
  const a = address.toLowerCase().replace(/^\[|\]$/g, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  const ip4 = v4(mapped ? mapped[1]! : a);
  if (ip4) {
    const [x, y] = ip4 as [number, number, number, number];
    return (
      x === 0 ||
      x === 10 ||
      x === 127 ||
      x >= 224 ||
      (x === 100 && y >= 64 && y <= 127) ||
      (x === 169 && y === 254) ||
      (x === 172 && y >= 16 && y <= 31) ||
      (x === 192 && y === 168) ||
      (x === 192 && y === 0 && ip4[2] === 0) ||
      (x === 198 && (y === 18 || y === 19))
    );
  }
  if (!a.includes(':')) return true; // neither IPv4 nor IPv6: refuse
  if (a === '::' || a === '::1') return true;
  const first = Number.parseInt(a.split(':')[0] || '0', 16);
  return (
    (first & 0xfe00) === 0xfc00 ||
    (first & 0xffc0) === 0xfe80 ||
    (first & 0xff00) === 0xff00 ||
    a.startsWith('::ffff:')
  );
}

/**
 * Removes credentials from a URL for logs and journals (issue #12 item 15): `user:password@` and the
 * values of query parameters named like secrets (`token`, `key`, `secret`, `password`, `sig`, `auth`).
 * @example redactUrl('https://u:p@hook.test/cb?token=abc&x=1') // 'https://***@hook.test/cb?token=***&x=1'
 */
export function redactUrl(url: string): string {
  return url
    .replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#@]*@/i, '$1***@')
    .replace(/([?&][^=&#]*(?:token|key|secret|pass|sig|auth)[^=&#]*=)[^&#]*/gi, '$1***');
}
