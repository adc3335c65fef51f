import type { LocalErrorName, UpstreamTextKey } from '@mjkit/contract';

/**
 * Checks the gateway routes name as local errors, as the upstream itself answers them (spec/mj-api.md
 * §1.2): without new-api in front, `prompt_is_required` is the upstream's 200 code 4 `prompt不能为空`.
 * `undefined`: the upstream has no such check (the route's own mock errors keep their JSON).
 */
export const LOCAL_TO_UPSTREAM: Partial<Record<LocalErrorName, UpstreamTextKey>> = {
  prompt_is_required: 'prompt_required',
  task_id_is_required: 'task_id_required',
  action_is_required: 'change_action_invalid',
  index_is_required: 'change_action_invalid',
  content_is_required: 'content_invalid',
  content_parse_failed: 'content_invalid',
  task_not_found: 'task_missing',
  task_status_not_success: 'task_status_invalid',
  sour_base64_and_target_base64_is_required: 'params_invalid',
  custom_id_is_required: 'params_invalid',
};
