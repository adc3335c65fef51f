import type { EmittedGatewayContract } from '@mjkit/contract';
import type { GatewayContext } from '../gateway/context';
import { type FileReply, proxyImage } from '../gateway/files';
import { imagine } from '../gateway/imagine';
import { envelope } from '../gateway/replies';
import { fetchTask, listByCondition } from '../gateway/task-routes';

/** A route's input as express parsed it: the raw body (the routes bind it themselves) and path params. */
export interface RawInput {
  body: unknown;
  params: Record<string, string>;
}

/** What a route answers: JSON, or a file. */
export type RouteReply = { status: number; body: unknown } | FileReply;

/** One gateway route: pure rules over the context. */
export type GatewayRoute = (ctx: GatewayContext, input: RawInput) => RouteReply;

const notYet =
  (name: string): GatewayRoute =>
  () =>
    envelope(4, `mjkit mock: /${name} is not simulated yet`);

/** Every gateway route of the contract; a route missing here fails to compile. */
export const GATEWAY_ROUTES: Record<keyof EmittedGatewayContract, GatewayRoute> = {
  imagine: (ctx, { body }) => imagine(ctx, body),
  blend: notYet('blend'),
  describe: notYet('describe'),
  shorten: notYet('shorten'),
  change: notYet('change'),
  simpleChange: notYet('simple-change'),
  action: notYet('action'),
  modal: notYet('modal'),
  video: notYet('video'),
  edits: notYet('edits'),
  uploadDiscordImages: notYet('upload-discord-images'),
  swapFace: notYet('swap'),
  fetchTask: (ctx, { params }) => fetchTask(ctx, params.id ?? ''),
  listByCondition: (ctx, { body }) => listByCondition(ctx, body),
  imageSeed: notYet('image-seed'),
  image: (ctx, { params }) => proxyImage(ctx, params.id ?? ''),
};
