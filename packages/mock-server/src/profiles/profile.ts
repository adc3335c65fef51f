import type { MockConfig, SpeedMode } from '@mjkit/contract';
import type { z } from 'zod';
import type { CoreBody, HeaderReader } from '../core/http-types';
import type { GatewayRouteName } from '../core/route-match';
import type { TaskRecord } from '../engine/task-record';
import type { GatewayRules } from '../gateway/context';
import type { GatewayResult } from '../gateway/result';

/** What a profile answers: status, headers, body (JSON, bytes, text or none). */
export interface Rendered {
  status: number;
  headers?: Record<string, string>;
  body: CoreBody;
}

/** Everything a profile may read while rendering one answer. */
export interface RenderContext {
  /** The gateway route that produced the result. */
  route: GatewayRouteName;
  /** `--public-url`, else this request's origin: the base of every URL (built at answer time). */
  baseUrl: string;
  /** The current config (read-only, not a copy). */
  config: Readonly<MockConfig>;
  /** The simulated upstream account's ids, which envelopes carry. */
  instance: Readonly<{ discordInstanceId: string; discordChannelId: string }>;
}

/**
 * The body as the pipeline read it, for a distributor (new-api decodes it before any route runs):
 * parsed JSON (`undefined` for an empty body), or why it did not parse.
 */
export type DistributorInput =
  | { ok: true; value: unknown }
  | { ok: false; error: 'invalid' | 'too-deep'; text: string };

/** Why a task is being shown: profiles may show fetch, list and notifyHook payloads differently. */
export type TaskViewPurpose = 'fetch' | 'list' | 'notify';

/** The result of a profile's pre-route rewrite. */
export interface Rewritten {
  /** The canonical path (`/mj/...`) the route table matches. */
  path: string;
  /** The speed mode a path prefix set (it wins over the body's `mode`). */
  mode?: SpeedMode | undefined;
}

/**
 * One real system the mock imitates (DESIGN.md §3, issue #13). A profile is a renderer over typed
 * results: route code never names a profile and never builds a reply. To add one (e.g. `new-api`):
 * 1. create `src/profiles/<name>/` with a `create<Name>Profile()` returning this interface;
 * 2. register it in `src/profiles/registry.ts` (the only place profile names are listed);
 * 3. give it `responseSchemas` for what it emits, so tests validate every answer against them.
 * No change to `gateway/`, `core/` or the adapters is needed; if you find you need one, the seam is
 * missing here: add a hook to this interface instead of an `if (profile)` elsewhere.
 */
export interface Profile {
  /** The name `--profile` and `PATCH /__mock/config {"profile":…}` use. */
  readonly name: MockConfig['profile'];

  /**
   * Pre-route rewriting: strip this system's path prefixes (doc: `/mj-relax|fast|turbo`; new-api:
   * any `/:mode/mj/...`) and say which speed mode the prefix sets. Called before route matching.
   */
  rewritePath(path: string): Rewritten;

  /** Whether this system serves a gateway route at all (NZ has no action/modal): if not, {@link notFound}. */
  serves(route: GatewayRouteName): boolean;

  /** Which routes need a key (doc: all but the `/mj/image/:id` proxy). Checked before the body is read. */
  requiresKey(route: GatewayRouteName): boolean;

  /**
   * The key a request presents, as this system parses headers (doc: `Authorization: Bearer <key>`,
   * optional `sk-`, else `mj-api-secret`); `undefined` when none. Keys are compared by digest later.
   */
  readKey(headers: HeaderReader): string | undefined;

  /** The answer to a missing or wrong key (doc: 401 shape B; NZ: an empty 401; TA: a text 401). */
  renderAuthFailure(reason: 'missing' | 'invalid'): Rendered;

  /**
   * A gateway in front of the routes (new-api's distributor, profiles.md §1.1 items 2–4): sees the
   * body as read, before the route runs, and may answer instead (shape-B decode errors,
   * `unknown_action:<id>`, `model_not_found`). `undefined`: go on to the route. Absent: no distributor.
   */
  distribute?(route: GatewayRouteName, body: DistributorInput): Rendered | undefined;

  /** The route rules where real systems differ (banned prompts, describe's fields). */
  readonly rules: GatewayRules;

  /** Renders a route's typed result: envelope, error shape, HTTP status, headers. */
  render(result: GatewayResult, ctx: RenderContext): Rendered;

  /**
   * A task as this system shows it for `purpose`, with absolute URLs from `ctx.baseUrl`. Must not
   * keep or mutate `record`: the view is a new object.
   */
  taskView(record: Readonly<TaskRecord>, ctx: RenderContext, purpose: TaskViewPurpose): unknown;

  /**
   * Whether this system sends a notifyHook for the task's current state (new-api drops hooks unless
   * enabled). Called synchronously on each engine change; the payload is rendered once, right then.
   */
  notifies(record: Readonly<TaskRecord>, config: Readonly<MockConfig>): boolean;

  /**
   * Whether a change of notification rank `last` → `next` (`notificationRank`; 0 before the first)
   * is sent: trueai and the doc profile only when it rises; NZ also on an equal rank above 0, so it
   * sends duplicates (`NotifyServiceImpl.java`).
   */
  notifyOnRank(last: number, next: number): boolean;

  /** Forgets state the profile keeps besides the engine (new-api's relay records); called on reset. */
  reset?(): void;

  /** The answer to a path no route serves (doc: 404 shape A `route_not_found`). */
  notFound(method: string, path: string): Rendered;

  /**
   * Per route and HTTP status, the schema every answer of this profile must match. The pipeline
   * validates rendered JSON against it when response validation is on (always in tests).
   */
  readonly responseSchemas: Partial<Record<GatewayRouteName, Partial<Record<number, z.ZodType>>>>;
}
