import { z } from 'zod';
import { type GatewayRouteName, SUBMIT_ROUTE_NAMES } from './core/routes';
import { emittedGatewayContract } from './gateway-router';
import { PROFILE_ROUTES, type ProfileTarget, profileTarget } from './profile-targets';
import type { Profile } from './profiles';
import { ShapeAErrorSchema } from './schemas/errors';
import {
  EmptyBodySchema,
  PlainTextSchema,
  UPSTREAM_SUBMIT_RESULT_SCHEMAS,
  UPSTREAM_TASK_SCHEMAS,
} from './schemas/midjourney-proxy';
import {
  NewApiImageErrorSchema,
  NewApiShapeAErrorSchema,
  NewApiShapeBErrorSchema,
  NewApiTaskSchema,
} from './schemas/new-api';
import type { UpstreamVariant } from './upstream-texts';

/**
 * How a body goes on the wire: `json` (`application/json`), `json-as-text` (JSON bytes labelled
 * `text/plain; charset=utf-8`: new-api writes forwarded submit answers without a Content-Type and Go
 * sniffs one, `relay/mjproxy_handler.go`), `text` (a plain-text line), `bytes` (an image) or `none`
 * (zero bytes: NZ's unknown fetch and 401, TA's 204).
 */
export type EmittedMedia = 'json' | 'json-as-text' | 'text' | 'bytes' | 'none';

/** One declared answer of a route: the body schema (of the parsed JSON for `json-as-text`) and its media. */
export interface EmittedResponse {
  /** What the body must match: the JSON value, a string for `text`, `undefined` for `none`. */
  readonly schema: z.ZodType;
  /** The ways this status is sent, first the usual one. */
  readonly media: readonly EmittedMedia[];
}

/** A route's answers by HTTP status. */
export type EmittedRouteResponses = Readonly<Record<number, EmittedResponse>>;

const json = (schema: z.ZodType): EmittedResponse => ({ schema, media: ['json'] });
const none: EmittedResponse = { schema: EmptyBodySchema, media: ['none'] };

/** Keeps only the routes a target serves. */
function served(
  target: ProfileTarget,
  all: Partial<Record<GatewayRouteName, EmittedRouteResponses>>,
): Partial<Record<GatewayRouteName, EmittedRouteResponses>> {
  return Object.fromEntries(PROFILE_ROUTES[target].flatMap((r) => (all[r] ? [[r, all[r]]] : [])));
}

/** The doc profile: the emitted tier of the contract, all JSON (the image route's 200 is bytes). */
function docResponses(): Partial<Record<GatewayRouteName, EmittedRouteResponses>> {
  return Object.fromEntries(
    Object.entries(emittedGatewayContract).map(([name, route]) => [
      name,
      Object.fromEntries(
        Object.entries(route.responses as Record<number, unknown>).map(([status, schema]) => [
          status,
          schema instanceof z.ZodType ? json(schema) : { schema: z.unknown(), media: ['bytes'] },
        ]),
      ),
    ]),
  );
}

/**
 * The upstream itself (spec/profiles.md §2): envelopes at HTTP 200 (TA's code 3 at 404), NZ's empty
 * 401 and unknown-fetch 200, TA's text 401 and 204; the mock's own pre-body errors (413, 500) in shape A.
 */
function upstreamResponses(v: UpstreamVariant): Partial<Record<GatewayRouteName, EmittedRouteResponses>> {
  const env = UPSTREAM_SUBMIT_RESULT_SCHEMAS[v];
  const task = UPSTREAM_TASK_SCHEMAS[v];
  const errors: EmittedRouteResponses = {
    // A check the upstream has no text for answers 400 with an envelope; bind errors in the mock's shape A.
    400: json(z.union([env, ShapeAErrorSchema])),
    401: v === 'nz' ? none : { schema: PlainTextSchema, media: ['text'] },
    // TA: code 3 (task not found) is HTTP 404; an unknown path is an empty 404 in both.
    404: v === 'ta' ? { schema: env.optional(), media: ['json', 'none'] } : none,
    413: json(ShapeAErrorSchema),
    500: json(z.union([env, ShapeAErrorSchema])),
  };
  const submit = { 200: json(env), ...errors };
  const all: Partial<Record<GatewayRouteName, EmittedRouteResponses>> = {
    ...Object.fromEntries(SUBMIT_ROUTE_NAMES.map((r) => [r, submit])),
    fetchTask:
      v === 'nz'
        ? { 200: { schema: task.optional(), media: ['json', 'none'] }, ...errors }
        : { 200: json(task), 204: none, ...errors },
    listByCondition: { 200: json(z.array(task)), ...errors },
    // NZ TaskController.java: every task (list) or those waiting or running (queue), as arrays.
    taskList: { 200: json(z.array(task)), ...errors },
    taskQueue: { 200: json(z.array(task)), ...errors },
    // TA TaskController.cs: list-by-ids is list-by-condition; cancel answers `Ok()`, an empty 200.
    listByIds: { 200: json(z.array(task)), ...errors },
    cancelTask: { 200: none, ...errors },
    imageSeed: { 200: json(env), ...errors },
    // TA's upload answers `description:"success"` and may omit `properties` (captured, fixtures/examples).
    uploadDiscordImages: { ...submit, 200: json(env.partial({ properties: true })) },
  };
  return all;
}

/**
 * new-api in front of either upstream (spec/profiles.md §1): forwarded envelopes as `text/plain` with
 * the upstream's status (22 and most 21 rewritten to 1), its own shape A (400, 429) and shape B (401,
 * body errors, `model_not_found` 503), its task DTO, and its image proxy.
 */
function newApiResponses(): Partial<Record<GatewayRouteName, EmittedRouteResponses>> {
  const env = UPSTREAM_SUBMIT_RESULT_SCHEMAS.ta.meta({
    id: 'UpstreamSubmitResult',
    description: "The upstream's envelope, passed through (new-api rewrites code 22 and most 21 to 1).",
  });
  const both: EmittedMedia[] = ['json', 'json-as-text'];
  const errors: EmittedRouteResponses = {
    400: { schema: z.union([NewApiShapeAErrorSchema, NewApiShapeBErrorSchema, env]), media: both },
    401: json(NewApiShapeBErrorSchema),
    404: { schema: z.union([NewApiShapeBErrorSchema, env]), media: both },
    413: json(ShapeAErrorSchema),
    429: json(NewApiShapeAErrorSchema),
    500: json(z.union([ShapeAErrorSchema, env])),
  };
  const forwarded: EmittedResponse = { schema: env, media: ['json-as-text'] };
  const submit = { 200: forwarded, ...errors, 503: json(NewApiShapeBErrorSchema) };
  return {
    ...Object.fromEntries(SUBMIT_ROUTE_NAMES.map((r) => [r, submit])),
    fetchTask: { 200: json(NewApiTaskSchema), ...errors },
    listByCondition: { 200: json(z.array(NewApiTaskSchema)), ...errors },
    imageSeed: { 200: forwarded, ...errors },
    image: { 200: { schema: z.unknown(), media: ['bytes'] }, 400: json(NewApiImageErrorSchema) },
  };
}

/**
 * What each target emits, per route it serves and HTTP status (issue #13: the emitted tier is per
 * profile). The mock validates every answer of the active profile against it; the per-profile OpenAPI
 * documents are generated from it.
 * @example EMITTED_RESPONSES['midjourney-proxy-ta'].fetchTask?.[204]?.media // ['none']
 */
export const EMITTED_RESPONSES: Readonly<
  Record<ProfileTarget, Partial<Record<GatewayRouteName, EmittedRouteResponses>>>
> = {
  doc: served('doc', docResponses()),
  'new-api': served('new-api', newApiResponses()),
  'midjourney-proxy-nz': served('midjourney-proxy-nz', upstreamResponses('nz')),
  'midjourney-proxy-ta': served('midjourney-proxy-ta', upstreamResponses('ta')),
};

/**
 * The response schemas of a profile (and upstream) by route and status: what the mock's response
 * validation checks (`Profile.responseSchemas`). For `json-as-text` answers check the parsed text;
 * `none` answers match `undefined`. Routes the target does not serve are absent.
 * @example emittedResponseSchemas('new-api').imagine?.[200]?.parse(JSON.parse(text))
 */
export function emittedResponseSchemas(
  profile: Profile,
  upstream?: UpstreamVariant,
): Partial<Record<GatewayRouteName, Partial<Record<number, z.ZodType>>>> {
  const table = EMITTED_RESPONSES[profileTarget(profile, upstream)];
  return Object.fromEntries(
    Object.entries(table).map(([route, responses]) => [
      route,
      Object.fromEntries(Object.entries(responses).map(([status, r]) => [status, r.schema])),
    ]),
  );
}

/**
 * The notifyHook payload each target sends: the doc task, the variant's task, and for new-api the
 * upstream's own task (with `MjNotifyEnabled` the upstream calls the hook itself, spec §5).
 */
export const EMITTED_NOTIFICATIONS: Readonly<Record<ProfileTarget, z.ZodType>> = {
  doc: emittedGatewayContract.fetchTask.responses[200],
  'new-api': z.union([UPSTREAM_TASK_SCHEMAS.ta, UPSTREAM_TASK_SCHEMAS.nz]),
  'midjourney-proxy-nz': UPSTREAM_TASK_SCHEMAS.nz,
  'midjourney-proxy-ta': UPSTREAM_TASK_SCHEMAS.ta,
};
