import type { AppRoute, initContract } from '@ts-rest/core';

type ContractInstance = ReturnType<typeof initContract>;

/** The plain-type marker ts-rest's `c.type<T>()` returns (only its type matters). */
const PLAIN_TYPE = Symbol('ContractPlainType');

/** Applies router options to every route, exactly as ts-rest's `c.router` does (3.53). */
function applyOptions(
  routes: Record<string, unknown>,
  options?: { strictStatusCodes?: boolean; pathPrefix?: string },
): unknown {
  return Object.fromEntries(
    Object.entries(routes).map(([key, value]) => {
      const route = value as AppRoute;
      if (typeof route?.method !== 'string' || typeof route.path !== 'string') {
        return [key, applyOptions(value as Record<string, unknown>, options)];
      }
      return [
        key,
        {
          ...route,
          path: options?.pathPrefix ? options.pathPrefix + route.path : route.path,
          strictStatusCodes: route.strictStatusCodes ?? options?.strictStatusCodes,
          responses: { ...route.responses },
        },
      ];
    }),
  );
}

/**
 * ts-rest's contract helpers (`router`, `type`, `otherResponse`) with the same types and run-time
 * shapes, without loading `@ts-rest/core` at run time: that module embeds its own copy of zod 3 and
 * is not tree-shakeable, which more than doubled a browser bundle of the client. Servers and the
 * OpenAPI generator still use ts-rest itself on these plain objects.
 */
export const c = {
  router: ((routes: Record<string, unknown>, options?: { strictStatusCodes?: boolean }) =>
    applyOptions(routes, options)) as unknown as ContractInstance['router'],
  type: (() => PLAIN_TYPE) as unknown as ContractInstance['type'],
  otherResponse: (({ contentType, body }: { contentType: string; body: unknown }) => ({
    contentType,
    body,
  })) as unknown as ContractInstance['otherResponse'],
};
