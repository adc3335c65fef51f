import type { UpstreamVariant } from '@mjkit/contract';
import { VARIANTS } from './variants';

/** Headers by lower-case name. */
export type HeaderLookup = (name: string) => string | undefined;

/**
 * The key a request carries for the variant: NZ reads only `mj-api-secret`
 * (`support/ApiAuthorizeInterceptor.java`); TA reads the raw `Authorization` value, else
 * `Mj-Api-Secret` (`WorkContext.cs`), with no `Bearer ` stripping.
 */
export function readUpstreamKey(variant: UpstreamVariant, header: HeaderLookup): string | undefined {
  for (const name of VARIANTS[variant].authHeaders) {
    const value = header(name);
    if (value) return value;
  }
  return undefined;
}

/** The 401 answer: NZ sends no body; TA a plain-text line (`SimpleAuthMiddleware.cs`). */
export function unauthorized(variant: UpstreamVariant): {
  status: 401;
  headers: Record<string, string>;
  body: string;
} {
  const body = VARIANTS[variant].unauthorizedBody;
  return { status: 401, headers: {}, body };
}
