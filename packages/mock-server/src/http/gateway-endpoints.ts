import { Readable } from 'node:stream';
import { type AppRoute, validateResponse } from '@ts-rest/core';
import { createExpressEndpoints } from '@ts-rest/express';
import { emittedGatewayContract, resolveSpeedMode } from '@mjkit/contract';
import express, { type Request, type Response, type Router } from 'express';
import type { GatewayContext } from '../gateway/context';
import type { Mock } from '../mock/create-mock';
import { GATEWAY_ROUTES, type RouteReply } from './gateway-routes';

type RouteName = keyof typeof GATEWAY_ROUTES;

/** Options the gateway endpoints need from the app. */
export interface GatewayEndpointOptions {
  /** Origin for URLs in answers; default: the request's own. */
  publicUrl?: string | undefined;
}

const routeNames = new Map<AppRoute, RouteName>(
  (Object.entries(emittedGatewayContract) as [RouteName, AppRoute][]).map(([name, route]) => [route, name]),
);

/** Builds the per-request context of a gateway route. */
export function contextFor(
  mock: Mock,
  options: GatewayEndpointOptions,
  name: RouteName,
  req: Request,
  res: Response,
): GatewayContext {
  const body = (req.body ?? {}) as { mode?: unknown };
  return {
    engine: mock.engine,
    uploads: mock.uploads,
    images: mock.images,
    videos: mock.videos,
    baseUrl: options.publicUrl ?? `${req.protocol}://${req.get('host')}`,
    mode: resolveSpeedMode({ path: req.originalUrl, bodyMode: body.mode }),
    apiKey: res.locals.apiKey as string | undefined,
    forced: res.locals.forcedOutcome,
    route: name,
    path: emittedGatewayContract[name].path,
  };
}

/** Turns a route reply into what ts-rest sends: JSON as is, files as a stream with their headers. */
function toTsRest(reply: RouteReply, res: Response): { status: number; body: unknown } {
  if ('file' in reply) {
    res.setHeader('Content-Type', reply.file.contentType);
    res.setHeader('Content-Length', String(reply.file.bytes.length));
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    return { status: 200, body: Readable.from(Buffer.from(reply.file.bytes)) };
  }
  return reply;
}

/**
 * The gateway routes on an express router, from the emitted contract with ts-rest response
 * validation on. Bodies are bound by the routes themselves (DESIGN.md §2): a body the contract
 * rejects goes to the same route, which answers the way the real layer does; that answer is
 * validated against the contract too.
 */
export function gatewayEndpoints(mock: Mock, options: GatewayEndpointOptions): Router {
  const router = express.Router();
  const run = (name: RouteName, req: Request, res: Response) =>
    toTsRest(
      GATEWAY_ROUTES[name](contextFor(mock, options, name, req, res), {
        body: req.body,
        params: req.params as Record<string, string>,
      }),
      res,
    );
  const implementation = Object.fromEntries(
    (Object.keys(GATEWAY_ROUTES) as RouteName[]).map((name) => [
      name,
      async ({ req, res }: { req: Request; res: Response }) => run(name, req, res),
    ]),
  ) as unknown as Parameters<typeof createExpressEndpoints<typeof emittedGatewayContract>>[1];
  createExpressEndpoints(emittedGatewayContract, implementation, router, {
    responseValidation: true,
    logInitialization: false,
    requestValidationErrorHandler: (_err, req, res, next) => {
      try {
        const name = routeNames.get(req.tsRestRoute);
        if (!name) return next(new Error('unknown route'));
        const reply = run(name, req, res);
        if (reply.body instanceof Readable) return void reply.body.pipe(res.status(reply.status));
        const checked = validateResponse({ appRoute: req.tsRestRoute, response: reply });
        res.status(reply.status).json(checked.body);
      } catch (error) {
        next(error);
      }
    },
  });
  return router;
}
