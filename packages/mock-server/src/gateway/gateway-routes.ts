import { SUBMIT_ROUTE_NAMES } from '@mjkit/contract';
import type { GatewayRouteName } from '../core/route-match';
import { action } from './action';
import { blend } from './blend';
import { change, simpleChange } from './change';
import type { GatewayContext, RouteInput } from './context';
import { describe } from './describe';
import { edits } from './edits';
import { proxyImage } from './files';
import { imagine } from './imagine';
import { modal } from './modal';
import { relayChecks } from './relay-checks';
import type { GatewayResult } from './result';
import { shorten } from './shorten';
import { swapFace } from './swap-face';
import { fetchTask, imageSeed, listByCondition } from './task-routes';
import { uploadImages } from './upload';
import { cancelTask, listByIds, taskList, taskQueue } from './variant-routes';
import { video } from './video';

/** One gateway route: pure rules over the context, a typed result out. */
export type GatewayRoute = (ctx: GatewayContext, input: RouteInput) => GatewayResult;

/** Every gateway route of the contract; a route missing here fails to compile. */
export const GATEWAY_ROUTES: Record<GatewayRouteName, GatewayRoute> = {
  imagine: (ctx, { body }) => imagine(ctx, body),
  blend: (ctx, { body }) => blend(ctx, body),
  describe: (ctx, { body }) => describe(ctx, body),
  shorten: (ctx, { body }) => shorten(ctx, body),
  change: (ctx, { body }) => change(ctx, body),
  simpleChange: (ctx, { body }) => simpleChange(ctx, body),
  action: (ctx, { body }) => action(ctx, body),
  modal: (ctx, { body }) => modal(ctx, body),
  video: (ctx, { body }) => video(ctx, body),
  edits: (ctx, { body }) => edits(ctx, body),
  uploadDiscordImages: (ctx, { body }) => uploadImages(ctx, body),
  swapFace: (ctx, { body }) => swapFace(ctx, body),
  fetchTask: (ctx, { params }) => fetchTask(ctx, params.id ?? ''),
  listByCondition: (ctx, { body }) => listByCondition(ctx, body),
  imageSeed: (ctx, { params }) => imageSeed(ctx, params.id ?? ''),
  image: (ctx, { params }) => proxyImage(ctx, params.id ?? ''),
  taskList: (ctx) => taskList(ctx),
  taskQueue: (ctx) => taskQueue(ctx),
  cancelTask: (ctx, { params }) => cancelTask(ctx, params.id ?? ''),
  listByIds: (ctx, { body }) => listByIds(ctx, body),
};

/** The routes a relay handles itself before forwarding (its submit handlers and image-seed). */
const RELAYED: ReadonlySet<GatewayRouteName> = new Set([...SUBMIT_ROUTE_NAMES, 'imageSeed']);

/**
 * Runs a route for this request. Behind a relay (`GatewayRules.upstreamServes`, new-api) a submit or an
 * image-seed first passes the relay's own checks (`relayChecks`: task, status, quota before anything the
 * upstream checks); a route the upstream lacks then meets its empty 404 (`upstreamRouteMissing`) instead
 * of running.
 */
export function runGatewayRoute(ctx: GatewayContext, input: RouteInput): GatewayResult {
  const serves = ctx.rules.upstreamServes;
  if (!serves || !RELAYED.has(ctx.route)) return GATEWAY_ROUTES[ctx.route](ctx, input);
  const stop = relayChecks(ctx, ctx.route, input);
  if (stop) return stop;
  return serves(ctx.route) ? GATEWAY_ROUTES[ctx.route](ctx, input) : { kind: 'upstreamRouteMissing' };
}
