import {
  emittedGatewayContract,
  speedModeFromPath,
  stripSpeedModePrefix,
  VARIANT_ROUTE_NAMES,
} from '@mjkit/contract';
import type { z } from 'zod';
import type { GatewayRouteName } from '../../core/route-match';
import type { Profile } from '../profile';
import { docAuthFailure, docReadKey } from './doc-auth';
import { docLocalError } from './doc-errors';
import { docRender } from './doc-render';
import { docTaskView } from './doc-task-view';

/** The emitted tier of the contract: what this profile sends, per route and status. */
const schemas = Object.fromEntries(
  Object.entries(emittedGatewayContract).map(([name, route]) => [
    name,
    route.responses as Record<number, z.ZodType>,
  ]),
) as Profile['responseSchemas'];

/**
 * The `doc` profile (default): what the gateway page says (DESIGN.md §3). Every gateway route, the
 * `/mj-relax|fast|turbo` prefixes, Bearer or `mj-api-secret` keys (the image proxy needs none),
 * notifyHook on every rank rise.
 * @example const profile = createDocProfile(); profile.render({ kind: 'taskNotFound' }, ctx).status // 400
 */
export function createDocProfile(): Profile {
  return {
    name: 'doc',
    rewritePath(path) {
      const mode = speedModeFromPath(path);
      return mode ? { path: stripSpeedModePrefix(path), mode } : { path };
    },
    // The gateway page documents no variant-only route (NZ's list/queue, TA's cancel/list-by-ids).
    serves: (route: GatewayRouteName) => !(VARIANT_ROUTE_NAMES as readonly string[]).includes(route),
    requiresKey: (route: GatewayRouteName) => route !== 'image',
    readKey: docReadKey,
    renderAuthFailure: docAuthFailure,
    render: docRender,
    taskView: (record, ctx) => docTaskView(record, ctx.baseUrl),
    notifies: (record) => Boolean(record.task.properties.notifyHook),
    notifyOnRank: (last, next) => next > last,
    // The gateway page: 24 on imagine; describe takes base64, base64Array or link (profiles.md §3).
    rules: { bannedPrompt: 'reject', describeLink: true, describeBase64Array: true },
    notFound: (method, path) => docLocalError('route_not_found', `${method} ${path}`),
    responseSchemas: schemas,
  };
}
