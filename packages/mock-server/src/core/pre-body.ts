import type { SpeedMode, StoredOutcome } from '@mjkit/contract';
import type { Mock } from '../mock/create-mock';
import { commonHeaders, preflightHeaders } from './common-headers';
import { authorizeControl, type ControlAccess, keyDigests } from './control-auth';
import { matchKey, ownerOf } from './digest-key';
import type { CoreRequest, CoreResponse } from './http-types';
import { mockError, unsupportedMediaType } from './mock-errors';
import { isAllowedControlOrigin, isAllowedHost, type OriginPolicy } from './origin-policy';
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
  /** Who called a control route (set for the control area only). */
  control?: ControlAccess;
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
export interface PreBodyOptions extends OriginPolicy {
  /** Serve `/__mock/*` and its OpenAPI file (default true). */
  control: boolean;
  /** Body limit in bytes. */
  bodyLimit: number;
  /** Body limit of `PUT /__mock/snapshot` (a whole state; default far above `bodyLimit`). */
  snapshotLimit?: number;
  /** The control API's own key (`--control-key`); without it, API keys open the control API. */
  controlKey?: string | undefined;
}

/** The pre-body answer: stop with a response, or go on with a plan. */
export type PreBody = { ok: false; response: CoreResponse; match?: RouteMatch } | { ok: true; plan: Plan };

/** True for a content type whose charset is not UTF-8 (issue #12 item 8). */
function badCharset(contentType: string | undefined): boolean {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset);
}

/** A control route's 401: shape B `invalid_api_key`, as the control OpenAPI document declares. */
function controlAuthFailure(reason: 'missing' | 'invalid', controlKey: boolean): CoreResponse {
  const which = controlKey ? 'the control key (--control-key)' : 'one of the API keys';
  return {
    status: 401,
    headers: {},
    body: {
      type: 'json',
      value: {
        error: {
          message: `${reason === 'missing' ? 'missing' : 'invalid'} key: the control API needs ${which}`,
          type: 'new_api_error',
          code: 'invalid_api_key',
        },
      },
    },
  };
}

const hasBody = (req: CoreRequest) =>
  req.headers('transfer-encoding') !== undefined || Number(req.headers('content-length') ?? '0') > 0;

/**
 * The pre-body stage (issue #11, #12 items 2, 6–8): everything decided before a byte of the body is
 * read, in this order: Host (DNS rebinding) → preflight → the profile's path rewrite → route match
 * (once) → route served? → control API: origin, key, JSON content type; gateway: key check (401
 * without reading the body) → `X-Mock-Outcome` → declared size (413 at once) → content type (415).
 */
export async function preBody(mock: Mock, req: CoreRequest, options: PreBodyOptions): Promise<PreBody> {
  const origin = req.headers('origin');
  const controlPath = /^\/__mock(\/|$)/i.test(req.path);
  const originOk = !controlPath || origin === undefined || isAllowedControlOrigin(origin, options);
  const headers = commonHeaders(req.headers, originOk);
  const stop = (response: CoreResponse, match?: RouteMatch): PreBody => ({
    ok: false,
    response: { ...response, headers: { ...headers, ...response.headers } },
    ...(match ? { match } : {}),
  });
  if (!isAllowedHost(req.headers('host'), options))
    return stop(
      mockError(
        'host_not_allowed',
        `${(req.headers('host') ?? '').slice(0, 100)}: add it with --allowed-host or --public-url`,
      ),
    );
  if (req.method === 'OPTIONS')
    return stop({
      status: 204,
      headers: originOk ? preflightHeaders(req.headers) : {},
      body: { type: 'empty' },
    });
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
  let control: ControlAccess | undefined;
  const keys = mock.engine.config().keys;
  if (match.area === 'control') {
    if (!originOk)
      return stop(
        mockError('control_forbidden', `origin ${origin?.slice(0, 100)} (use --cors-origin)`),
        match,
      );
    const auth = await authorizeControl(mock, profile, req.headers, options.controlKey);
    if (!auth.ok) return stop(controlAuthFailure(auth.reason, options.controlKey !== undefined), match);
    control = auth.access;
    owner = control.owner;
    // A text/plain POST needs no preflight: a web page could send it. JSON only (#12 item 2).
    const type = req.headers('content-type') ?? '';
    if (hasBody(req) && !/^application\/json\s*(;|$)/i.test(type))
      return stop(unsupportedMediaType(type || '(none)'), match);
  } else if (match.area === 'gateway' && keys.length > 0 && profile.requiresKey(match.name)) {
    const given = profile.readKey(req.headers);
    const found = given === undefined ? undefined : await matchKey(given, await keyDigests(keys));
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
      ...(control ? { control } : {}),
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
