import { type LocalErrorName, isLocalErrorName, type ReturnCode, returnCodeInfo } from '@mjkit/contract/core';

/** What an {@link MjApiError} carries. */
export interface MjApiErrorInit {
  /** Return code (envelope or shape-A `code`); `undefined` for a shape-B or non-JSON answer. */
  code: number | undefined;
  description: string;
  status: number;
  /** The local-error name (`prompt_is_required`, …) when the gateway answered itself. */
  localError?: LocalErrorName | undefined;
  body: unknown;
}

/**
 * Any answer that is not code 1/21/22: queue full (23), banned prompt (24), validation (4), gateway
 * errors (shape A/B), auth failures. `code` and `localError` say which; `body` is the raw answer.
 */
export class MjApiError extends Error implements MjApiErrorInit {
  override readonly name = 'MjApiError';
  readonly code: number | undefined;
  readonly description: string;
  readonly status: number;
  readonly localError: LocalErrorName | undefined;
  readonly body: unknown;

  constructor(init: MjApiErrorInit) {
    super(
      `${init.description.trim() || 'request failed'} (HTTP ${init.status}${init.code === undefined ? '' : `, code ${init.code}`})`,
    );
    this.code = init.code;
    this.description = init.description;
    this.status = init.status;
    this.localError = init.localError;
    this.body = init.body;
  }

  /** Whether retrying later can help, from the contract's code table (and 429/5xx). */
  get retryable(): boolean {
    if (this.status === 429 || this.status >= 500) return true;
    return this.code === undefined ? false : (returnCodeInfo(this.code)?.retryable ?? false);
  }
}

/**
 * Builds an {@link MjApiError} from any error body: an envelope, shape A (`{code, description, type}`)
 * or shape B (`{error:{message, code}}`). new-api's trailing space is trimmed from local-error names.
 */
export function toMjApiError(status: number, body: unknown): MjApiError {
  const obj = (body ?? {}) as Record<string, unknown>;
  const nested = obj.error as Record<string, unknown> | undefined;
  const code = typeof obj.code === 'number' ? (obj.code as ReturnCode) : undefined;
  const description =
    typeof obj.description === 'string'
      ? obj.description
      : typeof nested?.message === 'string'
        ? nested.message
        : typeof body === 'string'
          ? body
          : '';
  const name = (typeof nested?.code === 'string' && nested.code) || description.trim();
  return new MjApiError({
    code,
    description,
    status,
    localError: isLocalErrorName(name) ? name : undefined,
    body,
  });
}
