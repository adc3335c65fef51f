import type { UpstreamVariant } from '@mjkit/contract';

/**
 * How the two midjourney-proxy variants differ (spec/profiles.md §2), as one exhaustive table: a
 * renderer reads a fact here instead of branching on the variant name. The routes each variant serves are
 * the contract's `PROFILE_ROUTES` (one table for the mock, the OpenAPI documents and the conformance suite).
 */
export interface VariantFacts {
  /** Most tasks `/task/list` answers (TA: the newest 100; NZ: all). */
  listLimit: number;
  /** Whether `/mj-fast|mj-relax|mj-turbo/mj/...` prefixes are served. */
  speedPrefixes: boolean;
  /** Headers that carry the key, and whether `Authorization` is read raw (no `Bearer ` stripping). */
  authHeaders: readonly string[];
  /** The 401 answer body (NZ: empty; TA: a plain-text line). */
  unauthorizedBody: string;
  /** Unknown fetch: NZ 200 with an empty body, TA 204. */
  unknownFetchStatus: 200 | 204;
  /** Banned prompt: NZ answers 24 on imagine; TA accepts and fails the task later. */
  bannedAtSubmit: boolean;
  /** Properties added to every submit envelope besides `discordInstanceId`. */
  channelIdProperty: boolean;
  /** Task JSON carries buttons, mode, botType, parentId (TA's TaskInfo) or not (NZ's Task). */
  richTask: boolean;
  /** Notify de-duplication: NZ skips only lower ranks (equal ranks are sent again), TA skips ≤. */
  notifyEqualRankAgain: boolean;
  /**
   * TA's 21 semantics (`SubmitController.cs:654-664`, `TaskService.cs:1703-1718`): a Vary (Region) task
   * is action VARIATION with its prompt cleared while it waits; a Custom Zoom task is action ZOOM with
   * description `Waiting for window confirm`. NZ has no modal routes at all.
   */
  modalAsTrueai: boolean;
  /** Describe reads `link` besides `base64`. */
  describeLink: boolean;
}

/** The facts of each variant, with sources. */
export const VARIANTS: Readonly<Record<UpstreamVariant, VariantFacts>> = {
  // novicezk/midjourney-proxy @0be95a9: controller/SubmitController.java, controller/TaskController.java,
  // support/ApiAuthorizeInterceptor.java, service/NotifyServiceImpl.java, support/Task.java.
  nz: {
    listLimit: Number.POSITIVE_INFINITY,
    speedPrefixes: false,
    authHeaders: ['mj-api-secret'],
    unauthorizedBody: '',
    unknownFetchStatus: 200,
    bannedAtSubmit: true,
    channelIdProperty: false,
    richTask: false,
    modalAsTrueai: false,
    notifyEqualRankAgain: true,
    describeLink: false,
  },
  // trueai-org/midjourney-proxy @ed32197: Controllers/SubmitController.cs, Controllers/TaskController.cs,
  // Controllers/InsightFaceController.cs, SimpleAuthMiddleware.cs, Services/NotifyService.cs.
  ta: {
    // TaskController.cs List(): OrderByDescending(SubmitTime).Take(100).
    listLimit: 100,
    speedPrefixes: true,
    authHeaders: ['authorization', 'mj-api-secret'],
    unauthorizedBody: 'Authorization header missing.',
    unknownFetchStatus: 204,
    bannedAtSubmit: false,
    channelIdProperty: true,
    richTask: true,
    modalAsTrueai: true,
    notifyEqualRankAgain: false,
    describeLink: true,
  },
};
