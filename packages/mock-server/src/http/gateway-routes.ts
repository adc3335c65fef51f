import type { EmittedGatewayContract } from '@mjkit/contract';
import type { GatewayContext } from '../gateway/context';
import { action } from '../gateway/action';
import { blend } from '../gateway/blend';
import { change, simpleChange } from '../gateway/change';
import { describe } from '../gateway/describe';
import { edits } from '../gateway/edits';
import { type FileReply, proxyImage } from '../gateway/files';
import { imagine } from '../gateway/imagine';
import { modal } from '../gateway/modal';
import { shorten } from '../gateway/shorten';
import { swapFace } from '../gateway/swap-face';
import { fetchTask, imageSeed, listByCondition } from '../gateway/task-routes';
import { uploadImages } from '../gateway/upload';
import { video } from '../gateway/video';

/** A route's input as express parsed it: the raw body (the routes bind it themselves) and path params. */
export interface RawInput {
  body: unknown;
  params: Record<string, string>;
}

/** What a route answers: JSON, or a file. */
export type RouteReply = { status: number; body: unknown } | FileReply;

/** One gateway route: pure rules over the context. */
export type GatewayRoute = (ctx: GatewayContext, input: RawInput) => RouteReply;

/** Every gateway route of the contract; a route missing here fails to compile. */
export const GATEWAY_ROUTES: Record<keyof EmittedGatewayContract, GatewayRoute> = {
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
};
