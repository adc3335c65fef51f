import { LOCAL_ERRORS, type LocalErrorName, type UpstreamTextKey, upstreamText } from '@mjkit/contract';
import type { Rendered } from '../profile';

/**
 * A local error in the doc profile (DESIGN.md §3): shape A
 * `{"code":4,"description":"<name>[: detail]","type":"upstream_error"}` with the table's HTTP status;
 * auth failures (401) keep new-api's shape B.
 */
export function docLocalError(name: LocalErrorName, detail?: string): Rendered {
  const info = LOCAL_ERRORS[name];
  if (info.status === 401) {
    return {
      status: 401,
      body: {
        type: 'json',
        value: { error: { message: detail ?? name, type: 'new_api_error', code: name } },
      },
    };
  }
  const description = detail ? `${name}: ${detail}` : name;
  return {
    status: info.status,
    body: { type: 'json', value: { code: info.code, description, type: 'upstream_error' } },
  };
}

/** An upstream envelope passed through (spec §7 "Pass-through"): HTTP 200 unless the table says otherwise. */
export function docUpstreamError(key: UpstreamTextKey, withProperties = true): Rendered {
  const { code, text, httpStatus } = upstreamText(key);
  const value = withProperties
    ? { code, description: text, result: null, properties: {} }
    : { code, description: text, result: null };
  return { status: httpStatus, body: { type: 'json', value } };
}
