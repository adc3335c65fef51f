import { type GatewayRouteName, SUBMIT_ROUTE_NAMES } from './core/routes';
import type { Profile } from './profiles';
import type { UpstreamVariant } from './upstream-texts';

/**
 * What a mock (or a real system) imitates, as one name: a profile and, where it matters, the upstream
 * variant (issue #13). new-api is one target for both upstreams: its own answers are the same and the
 * upstream's codes it passes through (23 from NZ, 9 from TA) are both in its schemas.
 */
export const PROFILE_TARGETS = ['doc', 'new-api', 'midjourney-proxy-nz', 'midjourney-proxy-ta'] as const;

/** One of {@link PROFILE_TARGETS}. */
export type ProfileTarget = (typeof PROFILE_TARGETS)[number];

/** The `--profile` / `--upstream` pair a target stands for (`upstream` only where it changes answers). */
export const PROFILE_TARGET_OPTIONS: Readonly<
  Record<ProfileTarget, { profile: Profile; upstream?: UpstreamVariant }>
> = {
  doc: { profile: 'doc' },
  'new-api': { profile: 'new-api' },
  'midjourney-proxy-nz': { profile: 'midjourney-proxy', upstream: 'nz' },
  'midjourney-proxy-ta': { profile: 'midjourney-proxy', upstream: 'ta' },
};

/**
 * The target a `--profile` / `--upstream` pair selects; the upstream defaults to `ta`, as the mock's does.
 * @example profileTarget('midjourney-proxy', 'nz') // 'midjourney-proxy-nz'; profileTarget('new-api', 'nz') // 'new-api'
 */
export function profileTarget(profile: Profile, upstream: UpstreamVariant = 'ta'): ProfileTarget {
  return profile === 'midjourney-proxy' ? `midjourney-proxy-${upstream}` : profile;
}

/** True for a name of {@link PROFILE_TARGETS}. */
export function isProfileTarget(value: unknown): value is ProfileTarget {
  return typeof value === 'string' && (PROFILE_TARGETS as readonly string[]).includes(value);
}

/** The committed OpenAPI file that describes a target (`openapi/<file>`). */
export const PROFILE_OPENAPI_FILES: Readonly<Record<ProfileTarget, string>> = {
  doc: 'gateway.json',
  'new-api': 'gateway.new-api.json',
  'midjourney-proxy-nz': 'gateway.midjourney-proxy-nz.json',
  'midjourney-proxy-ta': 'gateway.midjourney-proxy-ta.json',
};

/** The routes of the gateway page, which new-api serves too: every submit route, fetch, list, seed, image. */
const GATEWAY_PAGE_ROUTES = [
  ...SUBMIT_ROUTE_NAMES,
  'fetchTask',
  'listByCondition',
  'imageSeed',
  'image',
] as const satisfies readonly GatewayRouteName[];

const COMMON_UPSTREAM = ['imagine', 'blend', 'describe', 'fetchTask', 'listByCondition', 'taskList'] as const;

/**
 * The gateway routes each target serves (spec/profiles.md §2 "routes"): NZ (novicezk
 * `controller/SubmitController.java`, `controller/TaskController.java`) has change and simple-change
 * but no action/modal/video; TA (trueai `Controllers/SubmitController.cs`, `TaskController.cs`,
 * `InsightFaceController.cs`) has no change/simple-change; the image proxy is new-api's
 * (`relay/mjproxy_handler.go` `RelayMidjourneyImage`), which the doc page also lists. A route a target
 * lacks answers its not-found. Both variants serve `/task/list` (NZ `TaskController.java`; TA
 * `TaskController.cs:177` `List()`, the newest 100); the variant-only routes are NZ's `/task/queue` (TA's is
 * commented out, `TaskController.cs:166`) and TA's cancel and `list-by-ids`.
 */
export const PROFILE_ROUTES: Readonly<Record<ProfileTarget, readonly GatewayRouteName[]>> = {
  doc: GATEWAY_PAGE_ROUTES,
  'new-api': GATEWAY_PAGE_ROUTES,
  'midjourney-proxy-nz': [...COMMON_UPSTREAM, 'change', 'simpleChange', 'taskQueue'],
  'midjourney-proxy-ta': [
    ...COMMON_UPSTREAM,
    'shorten',
    'action',
    'modal',
    'video',
    'edits',
    'uploadDiscordImages',
    'swapFace',
    'imageSeed',
    'cancelTask',
    'listByIds',
  ],
};

/** Whether a target serves a route. */
export function targetServes(target: ProfileTarget, route: GatewayRouteName): boolean {
  return PROFILE_ROUTES[target].includes(route);
}

/** The routes new-api answers itself, whatever its upstream serves: its task records and image proxy. */
const NEW_API_OWN_ROUTES: readonly GatewayRouteName[] = ['fetchTask', 'listByCondition', 'image'];

/**
 * Whether new-api in front of `upstream` gets a real answer on a route: its own routes always; the rest
 * only when the upstream has the route (`relay/mjproxy_handler.go` forwards to the same path). Otherwise
 * the upstream answers 404 with no body, which new-api passes on (404, empty; swap and image-seed as
 * `{"code":5,"description":"empty_response_body",…}`): behind trueai that is change, behind novicezk
 * action, modal, video, edits, shorten, upload, swap and image-seed.
 * @example relayServes('ta', 'change') // false
 */
export function relayServes(upstream: UpstreamVariant, route: GatewayRouteName): boolean {
  return (
    targetServes('new-api', route) &&
    (NEW_API_OWN_ROUTES.includes(route) || targetServes(`midjourney-proxy-${upstream}`, route))
  );
}
