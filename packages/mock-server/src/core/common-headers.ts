import type { HeaderReader } from './http-types';

/**
 * Headers on every response, errors included (DESIGN.md §3): CORS for browser apps and
 * `X-Content-Type-Options: nosniff` (issue #12 item 16). Never `Access-Control-Allow-Credentials`:
 * nothing here uses cookies (#12 item 2). `allowOrigin` false (a control route called from an origin
 * that is neither loopback nor `--cors-origin`) leaves `Access-Control-Allow-Origin` out, so the
 * browser keeps the answer from the page.
 */
export function commonHeaders(headers: HeaderReader, allowOrigin = true): Record<string, string> {
  const origin = headers('origin');
  const out: Record<string, string> = {
    'Access-Control-Expose-Headers': 'Content-Type, Content-Length, X-Request-Id',
    'X-Content-Type-Options': 'nosniff',
  };
  if (allowOrigin) out['Access-Control-Allow-Origin'] = origin ?? '*';
  if (origin) out.Vary = 'Origin';
  return out;
}

/** Extra headers of a preflight answer (204). */
export function preflightHeaders(headers: HeaderReader): Record<string, string> {
  return {
    'Access-Control-Allow-Methods': 'GET, POST, PATCH, PUT, DELETE, OPTIONS',
    'Access-Control-Allow-Headers':
      headers('access-control-request-headers') ??
      'Authorization, Content-Type, mj-api-secret, X-Mock-Outcome',
    'Access-Control-Max-Age': '600',
  };
}
