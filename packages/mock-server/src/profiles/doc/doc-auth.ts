import { readStandardKey } from '../../core/read-standard-key';
import type { Rendered } from '../profile';

/**
 * Reads the key as the gateway page says (spec §1.4): `Authorization: Bearer sk-…` (both prefixes
 * optional), else `mj-api-secret` (what real web clients send). `undefined` when none is given.
 */
export const docReadKey = readStandardKey;

/** new-api's 401 in shape B (spec §7), which the doc profile keeps. */
export function docAuthFailure(reason: 'missing' | 'invalid'): Rendered {
  const message = reason === 'missing' ? '未提供令牌 (missing API key)' : '无效的令牌 (invalid API key)';
  return {
    status: 401,
    body: { type: 'json', value: { error: { message, type: 'new_api_error', code: 'invalid_api_key' } } },
  };
}
