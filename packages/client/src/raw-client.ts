import {
  fillPath,
  GATEWAY_ROUTES,
  type GatewayRouteName,
  type GatewayRouteTypes,
  type RouteResponse,
} from '@mjkit/contract/core';
import { MjValidationError } from './errors';
import type { Fetcher } from './fetcher';
import type { ResponseValidator } from './validator';

/** Call-time extras every raw call takes. */
export interface RawCallExtras {
  /** Headers for this call only. */
  extraHeaders?: Record<string, string | undefined>;
  /** Unlisted body fields, sent as is: the explicit escape hatch from the exact body types. */
  extraFields?: Record<string, unknown>;
  fetchOptions?: { signal?: AbortSignal | undefined };
}

/** The arguments of a raw call: `body` and `params` where the route has them, plus {@link RawCallExtras}. */
export type RawArgs<R extends GatewayRouteName> = (GatewayRouteTypes[R] extends { body: infer B }
  ? { body: B }
  : unknown) &
  (GatewayRouteTypes[R] extends { params: infer P } ? { params: P } : unknown) &
  RawCallExtras;

/**
 * One function per contract route answering `{ status, body, headers }` unions narrowed on `status`,
 * typed from the contract's plain route types (no ts-rest, no zod in its run time or declarations).
 */
export type RawClient = {
  [R in GatewayRouteName]: (args: RawArgs<R>) => Promise<RouteResponse<R>>;
};

/** Builds the raw client over a fetcher; `validate` (opt-in) checks every answer against the contract. */
export function createRawClient(options: {
  baseUrl: string;
  headers: Record<string, string>;
  fetcher: Fetcher;
  validate?: ResponseValidator | undefined;
}): RawClient {
  const call = (name: GatewayRouteName) => {
    const route = GATEWAY_ROUTES[name];
    return async (
      args: RawCallExtras & { params?: Record<string, unknown>; body?: unknown } = {},
    ): Promise<unknown> => {
      const body =
        args.extraFields && args.body !== undefined
          ? { ...args.extraFields, ...(args.body as object) }
          : args.body;
      const hasBody = route.method !== 'GET' && body !== undefined;
      const headers: Record<string, string> = { ...options.headers };
      for (const [k, v] of Object.entries(args.extraHeaders ?? {}))
        if (v !== undefined) headers[k.toLowerCase()] = v;
      if (hasBody) headers['content-type'] = 'application/json';
      const res = await options.fetcher({
        path: `${options.baseUrl}${fillPath(route.path, args.params)}`,
        method: route.method,
        headers,
        body: hasBody ? JSON.stringify(body) : undefined,
        signal: args.fetchOptions?.signal,
      });
      const verdict = options.validate?.(name, res.status, res.body);
      if (verdict && !verdict.ok) throw new MjValidationError(name, res.status, verdict.issues, res.body);
      return res;
    };
  };
  return Object.fromEntries(
    (Object.keys(GATEWAY_ROUTES) as GatewayRouteName[]).map((name) => [name, call(name)]),
  ) as unknown as RawClient;
}
