import type { AppRoute, ApiFetcher, ClientInferRequest, ClientInferResponses } from '@ts-rest/core';
import { type GatewayContract, gatewayContract } from '@mjkit/contract';

/**
 * One function per contract route answering ts-rest's `{ status, body, headers }` unions, typed with
 * ts-rest's own inference: what `initClient(gatewayContract)` gives, minus the run-time import of
 * `@ts-rest/core` (see the contract's `contract-builder.ts`).
 */
export type RawClient = {
  [K in keyof GatewayContract]: (
    args: ClientInferRequest<GatewayContract[K]>,
  ) => Promise<ClientInferResponses<GatewayContract[K]>>;
};

/** Fills `:param` segments of a contract path. */
function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z0-9_]+)/g, (_m, name: string) =>
    encodeURIComponent(String(params?.[name] ?? '')),
  );
}

/** Builds the raw client over a fetcher. */
export function createRawClient(options: {
  baseUrl: string;
  headers: Record<string, string>;
  api: ApiFetcher;
}): RawClient {
  const call =
    (route: AppRoute) =>
    async (
      args: {
        params?: Record<string, unknown>;
        body?: unknown;
        extraHeaders?: Record<string, string | undefined>;
        fetchOptions?: { signal?: AbortSignal };
      } = {},
    ) => {
      const hasBody = route.method !== 'GET' && args.body !== undefined;
      const headers: Record<string, string> = { ...options.headers };
      for (const [k, v] of Object.entries(args.extraHeaders ?? {}))
        if (v !== undefined) headers[k.toLowerCase()] = v;
      if (hasBody) headers['content-type'] = 'application/json';
      return options.api({
        route,
        path: `${options.baseUrl}${fillPath(route.path, args.params)}`,
        method: route.method,
        headers,
        body: hasBody ? JSON.stringify(args.body) : undefined,
        rawBody: args.body,
        rawQuery: undefined,
        contentType: 'application/json',
        ...(args.fetchOptions ? { fetchOptions: args.fetchOptions } : {}),
      });
    };
  return Object.fromEntries(
    Object.entries(gatewayContract).map(([name, route]) => [name, call(route as AppRoute)]),
  ) as unknown as RawClient;
}
