import { Stream } from 'node:stream';
import { emittedGatewayContract, mockControlContract } from '@mjkit/contract';
import { createExpressEndpoints } from '@ts-rest/express';
import { type Request, type Response, Router } from 'express';
import type { RouteMatch } from '../core/route-match';

/**
 * An answer's body as ts-rest's stream body: ts-rest calls `pipe(res)` on any `Stream`, and this
 * one ends the response with the chunk in one write (no `Readable`, no second copy per answer).
 */
export class AnswerBytes extends Stream {
  /** @param bytes what to send (a string is sent as UTF-8); `undefined` ends the response without a body (HEAD, 204, empty). */
  constructor(private readonly bytes: string | Buffer | undefined) {
    super();
  }

  /** Ends `destination` with the bytes; returns it, as `Stream#pipe` does. */
  override pipe<T extends NodeJS.WritableStream>(destination: T): T {
    if (this.bytes) destination.end(this.bytes);
    else destination.end();
    return destination;
  }
}

/** ts-rest's handler of every contract route: the pipeline's answer, already headed, as bytes. */
export type ContractHandler = (args: { req: Request; res: Response }) => Promise<{
  status: number;
  body: AnswerBytes;
}>;

/** The express routers of the contract's routes, one per route, found by the pipeline's match. */
export interface ContractRouters {
  /** The router of a matched contract route; `undefined` for files and documents. */
  get(match: RouteMatch): Router | undefined;
}

/**
 * A contract route without its request schemas. The routes bind bodies themselves (DESIGN.md §2: a
 * body the contract rejects still reaches its route, which answers the gateway's own error), so
 * ts-rest's zod check of params, query, headers and body per request was work whose result the
 * routes threw away. Without schemas ts-rest passes the values through unchecked.
 */
function withoutRequestSchemas<T extends object>(route: T): T {
  const { body: _b, query: _q, pathParams: _p, headers: _h, ...rest } = route as Record<string, unknown>;
  return rest as T;
}

const OPTIONS = { responseValidation: false, logInitialization: false, jsonQuery: false } as const;

/** One express router holding only `name`'s route, served by `@ts-rest/express`. */
function routerOf(contract: Record<string, object>, name: string, handler: ContractHandler): Router {
  const router = Router();
  createExpressEndpoints(
    { [name]: withoutRequestSchemas(contract[name]!) } as never,
    { [name]: handler } as never,
    router as never,
    OPTIONS as never,
  );
  return router;
}

/**
 * Builds one `@ts-rest/express` router per contract route (gateway, and control unless `control` is
 * false). The pipeline's pre-body stage has already matched the route once (issue #11), so the
 * adapter dispatches to that route's router: express then tests one path pattern, not a walk over
 * every route of both contracts (issue #16).
 * @example const routers = createContractRouters(handler, true); routers.get(plan.match)?.(req, res, next)
 */
export function createContractRouters(handler: ContractHandler, control: boolean): ContractRouters {
  const gateway = new Map<string, Router>();
  const controls = new Map<string, Router>();
  for (const name of Object.keys(emittedGatewayContract))
    gateway.set(name, routerOf(emittedGatewayContract, name, handler));
  if (control)
    for (const name of Object.keys(mockControlContract))
      controls.set(name, routerOf(mockControlContract, name, handler));
  return {
    get: (match) =>
      match.area === 'gateway'
        ? gateway.get(match.name)
        : match.area === 'control'
          ? controls.get(match.name)
          : undefined,
  };
}
