import type { SpeedMode, StoredOutcome } from '@mjkit/contract';
import type { Mock } from '../mock/create-mock';
import { commonHeaders, preflightHeaders } from './common-headers';
import { digestKey, type KeyDigest, matchKey, ownerOf } from './digest-key';
import type { CoreRequest, CoreResponse } from './http-types';
import { mockError, unsupportedMediaType } from './mock-errors';
import { parseOutcomeHeader } from './outcome-header';
import { classify } from './route-table';
import type { RouteMatch } from './route-match';

/** What the pre-body stage decided: the request may proceed, with these facts. */
export interface Plan {
  req: CoreRequest;
  match: RouteMatch;
  /** The path after the profile's rewrite (what a router matches). */
  path: string;
  /** Speed mode set by a path prefix (wins over the body's `mode`). */
  mode: SpeedMode | undefined;
  /** The configured key used (quotas are keyed by it). */
  apiKey: string | undefined;
  /** Digest-derived owner of new tasks (`null` on an open mock). */
  owner: string | null;
  /** Outcome forced by `X-Mock-Outcome`. */
  forced: StoredOutcome | undefined;
  /** Headers every answer to this request carries. */
  headers: Record<string, string>;
  /** Body size limit in bytes. */
  limit: number;
  /** Wall start (ms, performance clock) and simulated time, for the journal. */
  started: number;
  at: number;
}

/** Options of the pre-body stage. */
export interface PreBodyOptions {
  /** Serve `/__mock/*` and its OpenAPI file (default true). */
  control: boolean;
  /** Body limit in bytes. */
  bodyLimit: number;
  /** Body limit of `PUT /__mock/snapshot` (a whole state; default far above `bodyLimit`). */
  snapshotLimit?: number;
}

/** The pre-body answer: stop with a response, or go on with a plan. */
export type PreBody = { ok: false; response: CoreResponse; match?: RouteMatch } | { ok: true; plan: Plan };

const digests = new WeakMap<readonly string[], Promise<KeyDigest[]>>();

/** Digests of the configured keys, computed once per config (`sk-` is optional, spec §1.4). */
function configuredDigests(keys: readonly string[]): Promise<KeyDigest[]> {
  let found = digests.get(keys);
  if (!found) {
    found = Promise.all(keys.map(async (key) => ({ key, digest: await digestKey(key.replace(/^sk-/, '')) })));
    digests.set(keys, found);
  }
  return found;
}

/** True for a content type whose charset is not UTF-8 (issue #12 item 8). */
function badCharset(contentType: string | undefined): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset);
}

/**
 * The pre-body stage (issue #11, #12 items 6–8): everything decided before a byte of the body is
 * read, in this order: preflight → the profile's path rewrite → route match (once) → route served?
 * → key check (401 without reading the body) → `X-Mock-Outcome` → declared size (413 at once) →
 * content type (415). Control-API protection (#12.2) belongs here, after the route match.
 */
export async function preBody(mock: Mock, req: CoreRequest, options: PreBodyOptions): Promise<PreBody> {
  const headers = commonHeaders(req.headers);
  const stop = (response: CoreResponse, match?: RouteMatch): PreBody => ({
    ok: false,
    response: { ...response, headers: { ...headers, ...response.headers } },
    ...(match ? { match } : {}),
  });
  if (req.method === 'OPTIONS')
    return stop({ status: 204, headers: preflightHeaders(req.headers), body: { type: 'empty' } });
  const profile = mock.profile();
  const rewritten = profile.rewritePath(req.path);
  const match = classify(req.method, rewritten.path);
  const notFound = () => {
    const r = profile.notFound(req.method, safeDecode(req.path));
    return stop({ status: r.status, headers: r.headers ?? {}, body: r.body });
  };
  if ('error' in match) return notFound();
  if (match.area === 'gateway' && !profile.serves(match.name)) return notFound();
  if (!options.control && (match.area === 'control' || match.name === 'openapiControl')) return notFound();

  let apiKey: string | undefined;
  let owner: string | null = null;
  const keys = mock.engine.config().keys;
  if (match.area === 'gateway' && keys.length > 0 && profile.requiresKey(match.name)) {
    const given = profile.readKey(req.headers);
    const found = given === undefined ? undefined : await matchKey(given, await configuredDigests(keys));
    if (!found) {
      const r = profile.renderAuthFailure(given === undefined ? 'missing' : 'invalid');
      return stop({ status: r.status, headers: r.headers ?? {}, body: r.body }, match);
    }
    apiKey = found.key;
    owner = ownerOf(found.digest);
  }

  const outcomeHeader = req.headers('x-mock-outcome');
  const forced = match.area === 'gateway' ? parseOutcomeHeader(outcomeHeader) : undefined;
  if (forced === 'invalid') return stop(mockError('invalid_mock_outcome', outcomeHeader), match);

  const limit =
    match.name === 'putSnapshot' ? (options.snapshotLimit ?? options.bodyLimit) : options.bodyLimit;
  const declared = Number(req.headers('content-length') ?? '0');
  if (declared > limit) return stop({ ...mockError('request_body_too_large'), close: true }, match);
  const contentType = req.headers('content-type');
  if (req.method !== 'GET' && req.method !== 'HEAD' && badCharset(contentType))
    return stop(unsupportedMediaType(contentType ?? ''), match);

  return {
    ok: true,
    plan: {
      req,
      match,
      path: rewritten.path,
      mode: rewritten.mode,
      apiKey,
      owner,
      forced,
      headers,
      limit,
      started: performance.now(),
      at: mock.clock.now(),
    },
  };
}

const safeDecode = (path: string) => {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
};
