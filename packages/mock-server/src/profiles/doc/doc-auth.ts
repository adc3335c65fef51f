import type { HeaderReader } from '../../core/http-types';
import type { Rendered } from '../profile';

/**
 * Reads the key as the gateway page says (spec §1.4): `Authorization: Bearer sk-…` (both prefixes
 * optional), else `mj-api-secret` (what real web clients send). `undefined` when none is given.
 */
export function docReadKey(headers: HeaderReader): string | undefined {
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

/** new-api's 401 in shape B (spec §7), which the doc profile keeps. */
export function docAuthFailure(reason: 'missing' | 'invalid'): Rendered {
  const message = reason === 'missing' ? '未提供令牌 (missing API key)' : '无效的令牌 (invalid API key)';
  return {
    status: 401,
    body: { type: 'json', value: { error: { message, type: 'new_api_error', code: 'invalid_api_key' } } },
  };
}
