import { LOCAL_ERRORS, type LocalErrorName } from '@mjkit/contract';
import type { CoreResponse } from './http-types';

/**
 * The mock's own errors, the same in every profile and always JSON (DESIGN.md §3 "Robustness"): 413,
 * 415, 431, a body nested too deep, a bad `X-Mock-Outcome`, a control-API 400.
 * `{"code":4,"description":"<name>[: detail]","type":"upstream_error"}`.
 */
export function mockError(name: LocalErrorName, detail?: string, status?: number): CoreResponse {
  const info = LOCAL_ERRORS[name];
  return {
    status: status ?? info.status,
    headers: {},
    body: {
      type: 'json',
      value: { code: info.code, description: detail ? `${name}: ${detail}` : name, type: 'upstream_error' },
    },
  };
}

/** 415 for a charset other than UTF-8 (issue #12 item 8: never a 500). */
export const unsupportedMediaType = (contentType: string): CoreResponse =>
  mockError(
    'bind_request_body_failed',
    `unsupported content type ${contentType.slice(0, 100)}: send UTF-8 JSON`,
    415,
  );
