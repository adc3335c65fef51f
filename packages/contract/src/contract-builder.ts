/**
 * ts-rest's contract helpers (`router`, `type`, `otherResponse`) with the same run-time shapes and
 * local types, so neither the run time nor the published declarations of the contract load
 * ts-rest's core package: its module embeds its own zod 3 and is not tree-shakeable (it more than doubled a
 * client bundle), and its declarations gave a `skipLibCheck: false` consumer 315 errors (issue 14).
 * The routers built here are plain objects that ts-rest's servers and generators accept as they are;
 * `test/contract-types.test.ts` proves ts-rest still infers them.
 */

/**
 * A body type declared without a run-time schema (ts-rest's `c.type<T>()`). Only its type matters:
 * it is typed as a Standard Schema's type slots (which ts-rest reads to infer `T`); at run time it is
 * a marker nothing validates, as in ts-rest.
 */
export interface PlainType<T> {
  readonly '~standard': {
    readonly version: 1;
    readonly vendor: string;
    readonly validate: (value: unknown) => { readonly value: T };
    readonly types?: { readonly input: T; readonly output: T } | undefined;
  };
}

/** The options this project passes to a router. */
export interface RouterOptions {
  strictStatusCodes?: boolean;
  pathPrefix?: string;
}

/** A route object as ts-rest reads it (only the parts this builder touches). */
interface RouteLike {
  method: string;
  path: string;
  responses: object;
  strictStatusCodes?: boolean;
}

type Prettify<T> = { [K in keyof T]: T[K] } & {};

/** One route after the router options are applied (the same result type ts-rest computes). */
export type AppliedRoute<R, O extends RouterOptions> = R extends RouteLike
  ? Prettify<
      Omit<R, 'path' | 'strictStatusCodes'> & {
        path: O['pathPrefix'] extends string ? `${O['pathPrefix']}${R['path']}` : R['path'];
      } & (R['strictStatusCodes'] extends boolean
          ? { strictStatusCodes: R['strictStatusCodes'] }
          : O['strictStatusCodes'] extends boolean
            ? { strictStatusCodes: O['strictStatusCodes'] }
            : unknown)
    >
  : AppliedRouter<R, O>;

/** A router (possibly nested) after the options are applied. */
export type AppliedRouter<T, O extends RouterOptions> = { [K in keyof T]: AppliedRoute<T[K], O> };

const PLAIN_TYPE = Symbol('ContractPlainType');

/** Applies router options to every route, exactly as ts-rest's `c.router` does (3.53). */
function applyOptions(routes: Record<string, unknown>, options?: RouterOptions): unknown {
  return Object.fromEntries(
    Object.entries(routes).map(([key, value]) => {
      const route = value as RouteLike;
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

/** The contract helpers: `c.router(routes, options)`, `c.type<T>()`, `c.otherResponse({contentType, body})`. */
export const c = {
  router: <T extends Record<string, unknown>, const O extends RouterOptions = RouterOptions>(
    routes: T,
    options?: O,
  ): AppliedRouter<T, O> => applyOptions(routes, options) as AppliedRouter<T, O>,
  type: <T>(): PlainType<T> => PLAIN_TYPE as unknown as PlainType<T>,
  /** A non-JSON response; typed as its body so clients and servers infer `T` for it. */
  otherResponse: <B>({ contentType, body }: { contentType: string; body: B }): B =>
    ({ contentType, body }) as unknown as B,
};
