import { type LocalErrorName, isLocalErrorName, type ReturnCode, returnCodeInfo } from '@mjkit/contract/core';

/** What an {@link MjApiError} carries. */
export interface MjApiErrorInit {
  /** Return code (envelope or shape-A `code`); `undefined` for a shape-B or non-JSON answer. */
  code: number | undefined;
  description: string;
  status: number;
  /** The local-error name (`prompt_is_required`, …) when the gateway answered itself. */
  localError?: LocalErrorName | undefined;
  /** new-api's `(request id: …)` from a shape-B message, for its logs. */
  requestId?: string | undefined;
  body: unknown;
}

/**
 * Any answer that is not code 1/21/22: queue full (23, or trueai's 9), banned prompt (24), validation
 * (4), gateway errors (shape A/B), auth failures (including NZ's empty and TA's text 401). `code` and
 * `localError` say which; `body` is the raw answer.
 */
export class MjApiError extends Error implements MjApiErrorInit {
  override readonly name: string = 'MjApiError';
  readonly code: number | undefined;
  readonly description: string;
  readonly status: number;
  readonly localError: LocalErrorName | undefined;
  readonly requestId: string | undefined;
  readonly body: unknown;

  constructor(init: MjApiErrorInit) {
    super(
      `${init.description.trim() || 'request failed'} (HTTP ${init.status}${init.code === undefined ? '' : `, code ${init.code}`})`,
    );
    this.code = init.code;
    this.description = init.description;
    this.status = init.status;
    this.localError = init.localError;
    this.requestId = init.requestId;
    this.body = init.body;
  }

  /** Whether retrying later can help, from the contract's code table (and 429/5xx). */
  get retryable(): boolean {
    if (this.status === 503 && this.localError === 'model_not_found') return false;
    if (this.status === 429 || this.status >= 500) return true;
    return this.code === undefined ? false : (returnCodeInfo(this.code)?.retryable ?? false);
  }
}

/** new-api's shape-B messages that carry no name in `code` (spec/profiles.md §1.1). */
const SHAPE_B_MESSAGES: [RegExp, LocalErrorName][] = [
  [/^Invalid request: Invalid Midjourney request:/, 'bind_request_body_failed'],
  [/^unknown_action:/, 'unknown_action'],
  [/^custom_id_is_required\b/, 'custom_id_is_required'],
  [/^Invalid token\b/, 'invalid_api_key'],
];

/** The local-error name an error body carries, if any: shape A's description, shape B's code or message. */
function localErrorOf(status: number, description: string, shapeBCode: unknown): LocalErrorName | undefined {
  if (typeof shapeBCode === 'string' && isLocalErrorName(shapeBCode)) return shapeBCode;
  const name = description.trim();
  if (isLocalErrorName(name)) return name;
  for (const [pattern, local] of SHAPE_B_MESSAGES) if (pattern.test(description)) return local;
  // Every layer's 401 means the key: new-api's shape B, NZ's empty body, TA's text line.
  return status === 401 ? 'invalid_api_key' : undefined;
}

/**
 * Builds an {@link MjApiError} from any error body: an envelope, shape A (`{code, description, type}`),
 * shape B (`{error:{message, code}}`, new-api's `code` often `""`: the name is then read from the
 * message), plain text or nothing. new-api's trailing space is trimmed from local-error names.
 * @example toMjApiError(400, {error:{message:'unknown_action:MJ::X (request id: 7)', type:'new_api_error', code:''}}).localError // 'unknown_action'
 */
export function toMjApiError(status: number, body: unknown): MjApiError {
  const obj = (body ?? {}) as Record<string, unknown>;
  const nested = (typeof obj.error === 'object' && obj.error !== null ? obj.error : undefined) as
    | Record<string, unknown>
    | undefined;
  const code = typeof obj.code === 'number' ? (obj.code as ReturnCode) : undefined;
  const description =
    typeof obj.description === 'string'
      ? obj.description
      : typeof nested?.message === 'string'
        ? nested.message
        : typeof body === 'string'
          ? body
          : '';
  const requestId = nested ? /\(request id: ([^)]+)\)\s*$/.exec(description)?.[1] : undefined;
  return new MjApiError({
    code,
    description,
    status,
    localError: localErrorOf(status, description, nested?.code),
    requestId,
    body,
  });
}
