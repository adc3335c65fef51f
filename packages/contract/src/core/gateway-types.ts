/**
 * Per-route types of the gateway as plain TypeScript: body, path parameters and the response body of
 * every declared status. The client's `raw` calls are typed from this, so its declarations need
 * neither zod nor ts-rest; `test/core-types.test.ts` checks it against the zod contract.
 */
import type * as B from './request-types';
import type { GatewayRouteName } from './routes';
import type { GatewayErrorWire, ImageError, SubmitResultWire, TaskWire } from './response-types';

type Errors = {
  400: GatewayErrorWire;
  401: GatewayErrorWire;
  404: GatewayErrorWire;
  413: GatewayErrorWire;
  429: GatewayErrorWire;
  500: GatewayErrorWire;
};
type Submit<Body> = { body: Body; responses: { 200: SubmitResultWire } & Errors };
type ById = { id: string };

/** Body, path parameters and responses (status → body) of each gateway route, wire tier. */
export interface GatewayRouteTypes {
  imagine: Submit<B.ImagineBody>;
  blend: Submit<B.BlendBody>;
  describe: Submit<B.DescribeBody>;
  shorten: Submit<B.ShortenBody>;
  change: Submit<B.ChangeBody>;
  simpleChange: Submit<B.SimpleChangeBody>;
  action: Submit<B.ActionBody>;
  modal: Submit<B.ModalBody>;
  video: Submit<B.VideoBody>;
  edits: Submit<B.EditsBody>;
  uploadDiscordImages: Submit<B.UploadBody>;
  swapFace: Submit<B.SwapFaceBody>;
  fetchTask: { params: ById; responses: { 200: TaskWire } & Errors };
  listByCondition: { body: B.ListByConditionBody; responses: { 200: TaskWire[] } & Errors };
  imageSeed: { params: ById; responses: { 200: SubmitResultWire } & Errors };
  image: { params: ById; responses: { 200: Blob; 400: ImageError; 404: ImageError } };
  taskList: { responses: { 200: TaskWire[] } & Errors };
  taskQueue: { responses: { 200: TaskWire[] } & Errors };
  /** trueai answers `Ok()`: HTTP 200 with an empty body. */
  cancelTask: { params: ById; responses: { 200: string } & Errors };
  listByIds: { body: B.ListByConditionBody; responses: { 200: TaskWire[] } & Errors };
}

/** The body type of a route (`never` for routes without a body). */
export type RouteBody<R extends GatewayRouteName> = GatewayRouteTypes[R] extends { body: infer T }
  ? T
  : never;

/** The `{ status, body }` union a route answers with, narrowed on `status`. */
export type RouteResponse<R extends GatewayRouteName> = {
  [S in keyof GatewayRouteTypes[R]['responses']]: {
    status: S;
    body: GatewayRouteTypes[R]['responses'][S];
    headers: Headers;
  };
}[keyof GatewayRouteTypes[R]['responses']];
