import { parseCustomId } from '@mjkit/contract';
import type { GatewayRouteName } from '../core/route-match';
import type { GatewayContext, RouteInput } from './context';
import { checkQuota } from './guards';
import { type GatewayResult, localError } from './result';
import { isVisible, ownTask } from './task-routes';

/** The routes whose `taskId` the relay looks up (its follow-up branch: change, action, modal, video). */
const FOLLOW_UPS: readonly GatewayRouteName[] = ['change', 'action', 'modal', 'video'];

const field = (body: unknown, name: string): unknown =>
  body !== null && typeof body === 'object' ? (body as Record<string, unknown>)[name] : undefined;

/**
 * The checks a relay in front of an upstream (new-api) makes itself before it forwards a submit or an
 * image-seed, in its order (spec/profiles.md §1.1 item 5; `relay/mjproxy_handler.go`
 * `RelayMidjourneySubmit`, `RelaySwapFace`, `RelayMidjourneyTaskImageSeed`): imagine's prompt; swap's two
 * images; for a follow-up's non-empty taskId (looked up as sent, untrimmed) change's index, the task
 * (per key) and its status (not for modal); then quota (not for image-seed, Inpaint or Custom Zoom).
 * The body was bound by the distributor already. Returns the first failure, or `undefined`.
 */
export function relayChecks(
  ctx: GatewayContext,
  route: GatewayRouteName,
  input: RouteInput,
): GatewayResult | undefined {
  if (route === 'imageSeed')
    return ownTask(ctx, input.params.id ?? '') ? undefined : { kind: 'taskNotFound' };
  const body = input.body;
  if (route === 'imagine' && !field(body, 'prompt')) return localError('prompt_is_required');
  if (route === 'swapFace' && (!field(body, 'sourceBase64') || !field(body, 'targetBase64')))
    return localError('sour_base64_and_target_base64_is_required');
  const taskId = field(body, 'taskId');
  // An empty taskId is forwarded unchecked; any other string is looked up as sent.
  if (FOLLOW_UPS.includes(route) && typeof taskId === 'string' && taskId !== '') {
    if (route === 'change' && !field(body, 'index')) return localError('index_is_required');
    // GetByMJId(userId, taskId): the id as sent, the caller's tasks only.
    const record = ctx.engine.record(taskId);
    if (!record || !isVisible(ctx, record)) return localError('task_not_found');
    // MjActionCheckSuccessEnabled (default on), except for modal.
    if (route !== 'modal' && record.task.status !== 'SUCCESS') return localError('task_status_not_success');
  }
  // Inpaint and Custom Zoom are free (consumeQuota = false): no quota check for them.
  const customId = field(body, 'customId');
  const kind = typeof customId === 'string' ? parseCustomId(customId)?.kind : undefined;
  if (kind !== 'inpaint' && kind !== 'custom_zoom') {
    const quota = checkQuota(ctx);
    if (!quota.ok) return quota.result;
  }
  return undefined;
}
