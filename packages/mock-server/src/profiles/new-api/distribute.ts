import { SUBMIT_ROUTE_NAMES } from '@mjkit/contract';
import type { GatewayRouteName } from '../../core/route-match';
import type { DistributorInput } from '../profile';
import { dtoTypeError, hasChannel, jsonSyntaxError, parseCustomId } from './distributor';

/** Routes whose body new-api's distributor decodes (`Path2RelayModeMidjourney`: the submit modes). */
const DECODED: ReadonlySet<GatewayRouteName> = new Set<GatewayRouteName>(SUBMIT_ROUTE_NAMES);

/** Why the distributor stops a request: HTTP status, message and the shape-B `code`. */
export interface DistributorStop {
  status: 400 | 503;
  message: string;
  code: string;
}

/**
 * new-api's distributor for `/mj/*` (profiles.md §1.1 items 2–4; `middleware/distributor.go`,
 * `service/midjourney.go` `GetMjRequestModel`): decode the body into the DTO, parse an action's
 * customId, then find a channel for the model. `undefined`: the relay runs.
 * @example distributorStop('simpleChange', { ok: true, value: { content: '1 U1' } })?.status // 503
 */
export function distributorStop(
  route: GatewayRouteName,
  input: DistributorInput,
): DistributorStop | undefined {
  if (!DECODED.has(route)) return undefined;
  const decode = input.ok ? dtoTypeError(input.value) : jsonSyntaxError(input.text);
  if (decode !== undefined)
    return { status: 400, message: `Invalid request: Invalid Midjourney request: ${decode}`, code: '' };
  const body = (
    input.ok && typeof input.value === 'object' && input.value !== null ? input.value : {}
  ) as Record<string, unknown>;
  if (route === 'action') {
    const parsed = parseCustomId(typeof body.customId === 'string' ? body.customId : undefined);
    if ('error' in parsed) return { status: 400, message: parsed.error, code: '' };
  }
  if (!hasChannel(route, body))
    // The model resolves to `mj_` and no channel serves it (relay/constant/relay_mode.go).
    return { status: 503, message: '当前分组 default 下对于模型 mj_ 无可用渠道', code: 'model_not_found' };
  return undefined;
}
