import type { ReturnCode } from './return-codes';

/**
 * Error body shapes of the gateway (spec §7):
 * - `A` (relay): HTTP 4xx `{"code":4,"description":"<name>","type":"upstream_error"}`;
 * - `B` (distributor/auth): `{"error":{"message":"…","type":"new_api_error","code":"<name or empty>"}}`.
 */
export type ErrorShape = 'A' | 'B';

/** Names of the errors the gateway (or the mock itself) answers without asking the upstream. */
export type LocalErrorName =
  | 'bind_request_body_failed'
  | 'prompt_is_required'
  | 'task_id_is_required'
  | 'action_is_required'
  | 'index_is_required'
  | 'content_is_required'
  | 'content_parse_failed'
  | 'task_not_found'
  | 'task_status_not_success'
  | 'quota_not_enough'
  | 'sour_base64_and_target_base64_is_required'
  | 'task_no_found'
  | 'do_request_failed'
  | 'custom_id_is_required'
  | 'unknown_action'
  | 'model_not_found'
  | 'invalid_api_key'
  | 'request_body_too_large'
  | 'route_not_found'
  | 'invalid_mock_outcome'
  | 'prompt_too_long'
  | 'control_forbidden'
  | 'host_not_allowed'
  | 'internal_error';

/** One row of the local-error table. */
export interface LocalErrorInfo {
  /** HTTP status it is sent with. */
  readonly status: number;
  /** Body shape it is sent in. */
  readonly shape: ErrorShape;
  /** The `code` of a shape-A body. */
  readonly code: ReturnCode;
  /** When it happens. */
  readonly when: string;
  /** `gateway` for new-api's own errors (spec §7), `mock` for errors only this mock defines. */
  readonly source: 'gateway' | 'mock';
}

/** The local-error table. Adding a name to {@link LocalErrorName} without a row fails to compile. */
export const LOCAL_ERRORS: Readonly<Record<LocalErrorName, LocalErrorInfo>> = {
  bind_request_body_failed: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'The body is not JSON or a field has the wrong JSON type.',
    source: 'gateway',
  },
  prompt_is_required: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'imagine without a prompt.',
    source: 'gateway',
  },
  task_id_is_required: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'A follow-up action (change, action, modal, video extend) without taskId.',
    source: 'gateway',
  },
  action_is_required: { status: 400, shape: 'A', code: 4, when: 'change without action.', source: 'gateway' },
  index_is_required: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'change without index (also for REROLL).',
    source: 'gateway',
  },
  content_is_required: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'simple-change without content.',
    source: 'gateway',
  },
  content_parse_failed: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'simple-change content is not "<taskId> U1..U4|V1..V4|R".',
    source: 'gateway',
  },
  task_not_found: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'The referenced task does not exist (fetch in the doc profile; change/action/modal/video).',
    source: 'gateway',
  },
  task_status_not_success: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'An action on a task that has not succeeded.',
    source: 'gateway',
  },
  quota_not_enough: {
    status: 400,
    shape: 'A',
    code: 4,
    when: "The key's quota is used up.",
    source: 'gateway',
  },
  sour_base64_and_target_base64_is_required: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'insight-face/swap without both sourceBase64 and targetBase64.',
    source: 'gateway',
  },
  task_no_found: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'fetch or image-seed of an unknown task (new-api wording).',
    source: 'gateway',
  },
  do_request_failed: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'list-by-condition body does not bind.',
    source: 'gateway',
  },
  custom_id_is_required: {
    status: 400,
    shape: 'B',
    code: 4,
    when: 'action without customId.',
    source: 'gateway',
  },
  unknown_action: {
    status: 400,
    shape: 'B',
    code: 4,
    when: 'action with a customId no family matches.',
    source: 'gateway',
  },
  model_not_found: {
    status: 503,
    shape: 'B',
    code: 4,
    when: 'new-api has no channel for the route (every simple-change, a change without action).',
    source: 'gateway',
  },
  invalid_api_key: {
    status: 401,
    shape: 'B',
    code: 4,
    when: 'A key is configured and the request has none or a wrong one.',
    source: 'gateway',
  },
  request_body_too_large: {
    status: 413,
    shape: 'A',
    code: 4,
    when: 'The body exceeds the size limit.',
    source: 'mock',
  },
  route_not_found: {
    status: 404,
    shape: 'A',
    code: 4,
    when: 'No route has this method and path.',
    source: 'mock',
  },
  invalid_mock_outcome: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'The X-Mock-Outcome header names no known outcome.',
    source: 'mock',
  },
  prompt_too_long: {
    status: 400,
    shape: 'A',
    code: 4,
    when: 'A prompt longer than the mock safety limit (8 192 characters); no upstream documents one.',
    source: 'mock',
  },
  control_forbidden: {
    status: 403,
    shape: 'A',
    code: 4,
    when: 'A control request this caller may not make: changing keys without the control key, or a browser origin not allowed.',
    source: 'mock',
  },
  host_not_allowed: {
    status: 403,
    shape: 'A',
    code: 4,
    when: 'The Host header names neither a loopback host, the public URL, nor an --allowed-host (DNS rebinding).',
    source: 'mock',
  },
  internal_error: {
    status: 500,
    shape: 'A',
    code: 5,
    when: 'A bug in the mock; the request journal has details.',
    source: 'mock',
  },
};

/** All local-error names. */
export const LOCAL_ERROR_NAMES = Object.keys(LOCAL_ERRORS) as LocalErrorName[];

/** True for a name of the local-error table. */
export function isLocalErrorName(value: unknown): value is LocalErrorName {
  return typeof value === 'string' && Object.hasOwn(LOCAL_ERRORS, value);
}
