import type { GatewayRouteName } from '../core/route-match';
import type { GatewayContext, RouteInput } from './context';
import { bindBody, checkQuota } from './guards';
import { type GatewayResult, localError } from './result';
import { ownTask } from './task-routes';

/**
 * A relay in front of an upstream that has no such route (`GatewayRules.upstreamServes`; new-api
 * behind trueai has no change, behind novicezk no action, modal, video, …): the relay's own checks in
 * its order, then the forward, whose answer is the upstream's empty 404 → `empty_response_body`
 * (code 5). No upstream rule runs and nothing is stored, created or charged
 * (`relay/mjproxy_handler.go` `RelayMidjourneySubmit`/`RelaySwapFace`/`RelayMidjourneyTaskImageSeed`,
 * `service/midjourney.go`; spec/profiles.md §1.1 item 5).
 */
export function forwardToMissingRoute(
  ctx: GatewayContext,
  route: GatewayRouteName,
  input: RouteInput,
): GatewayResult {
  if (route === 'imageSeed') {
    // Task lookup (per key), channel, forward: no quota.
    if (!ownTask(ctx, input.params.id ?? '')) return { kind: 'taskNotFound' };
    return localError('empty_response_body');
  }
  const bound = bindBody(input.body);
  if (!bound.ok) return bound.result;
  const body = bound.value;
  if (route === 'swapFace' && (!body.sourceBase64 || !body.targetBase64))
    return localError('sour_base64_and_target_base64_is_required');
  // A taskId names the task a follow-up acts on (an empty one is forwarded unchecked).
  const taskId = body.taskId?.trim();
  if (taskId) {
    if (route === 'change' && !body.index) return localError('index_is_required');
    const record = ownTask(ctx, taskId);
    if (!record) return localError('task_not_found');
    // MjActionCheckSuccessEnabled (default on), except for modal.
    if (route !== 'modal' && record.task.status !== 'SUCCESS') return localError('task_status_not_success');
  }
  const quota = checkQuota(ctx);
  if (!quota.ok) return quota.result;
  return localError('empty_response_body');
}
