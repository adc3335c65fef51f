/**
 * new-api's token parsing (`middleware/auth.go` `TokenAuth`): `Authorization: Bearer <key>` (any case of
 * "bearer", optional `sk-` prefix); when Authorization is empty or equals `midjourney-proxy`, the
 * `mj-api-secret` header is read instead. The key is split at the first `-`: what follows picks a
 * channel (admins only in new-api; the mock accepts and reports it).
 */

/** The key a request carries, as new-api reads it. */
export interface NewApiCredentials {
  /** The token without `Bearer ` and `sk-`, and without a `-channel` suffix. */
  key: string;
  /** The `-channel` suffix, when present. */
  channel: string | undefined;
}

/** Headers by lower-case name. */
export type HeaderLookup = (name: string) => string | undefined;

/** Reads the credentials, or `undefined` when none are sent. */
export function readNewApiCredentials(header: HeaderLookup): NewApiCredentials | undefined {
  let raw = header('authorization') ?? '';
  if (raw === '' || raw === 'midjourney-proxy') raw = header('mj-api-secret') ?? '';
  raw = raw.trim().replace(/^bearer\s+/i, '');
  if (raw.startsWith('sk-')) raw = raw.slice(3);
  if (raw === '') return undefined;
  const dash = raw.indexOf('-');
  if (dash < 0) return { key: raw, channel: undefined };
  return { key: raw.slice(0, dash), channel: raw.slice(dash + 1) };
}

/** The auth failure message (`i18n/locales/en.yaml`, token invalid). */
export const INVALID_TOKEN_MESSAGE = 'Invalid token';
