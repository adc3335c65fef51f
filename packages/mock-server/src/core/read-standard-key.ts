import type { HeaderReader } from './http-types';

/**
 * The key as the gateway page documents it (DESIGN.md §3): `Authorization: Bearer <key>` (optional
 * `sk-`), else `mj-api-secret: <key>`; an `Authorization` of `midjourney-proxy` falls back to the latter.
 * The doc profile reads API keys this way, and the control API always accepts it, whatever the active
 * profile (the control API is the mock's own, declared with these two schemes in its OpenAPI document).
 */
export function readStandardKey(headers: HeaderReader): string | undefined {
  const strip = (v: string) =>
    v
      .trim()
      .replace(/^Bearer\s+/i, '')
      .replace(/^sk-/, '');
  const auth = headers('authorization')?.trim();
  if (auth && strip(auth) !== '' && auth !== 'midjourney-proxy') return strip(auth);
  const secret = headers('mj-api-secret')?.split(',')[0];
  return secret && strip(secret) !== '' ? strip(secret) : undefined;
}
