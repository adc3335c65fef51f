import type { MockConfig, SpeedMode, StoredOutcome } from '@mjkit/contract';
import type { GatewayRouteName } from '../core/route-match';
import type { Engine } from '../engine/engine';
import type { FileCache } from '../images/image-cache';
import type { UploadStore } from '../images/upload-store';
import type { VideoClips } from '../images/video-clips';

/**
 * The rules a route follows where the real systems differ (profiles.md §2): facts a profile states,
 * so route code never names a profile.
 */
export interface GatewayRules {
  /** A banned word on imagine: `reject` answers 24 (gateway page, NZ); `fail-later` accepts and the task fails (TA). */
  bannedPrompt: 'reject' | 'fail-later';
  /** Describe reads `link` (TA `SubmitController.cs:283-293`; the doc profile too). */
  describeLink: boolean;
  /** Describe reads the first of `base64Array` (the gateway page's DTO; no upstream reads it). */
  describeBase64Array: boolean;
  /**
   * A relay in front of an upstream (new-api): whether the upstream serves the route. When it does not,
   * the route itself never runs: the relay's own checks do, then its forward gets the upstream's empty
   * 404 (`upstreamRouteMissing`). Set, it also marks a relay: its own checks come first on every submit
   * (`relayChecks`). Unset: every route is served, no relay.
   */
  upstreamServes?: ((route: GatewayRouteName) => boolean) | undefined;
}

/** Everything a gateway route needs besides its input: no HTTP, no profile, no base URL. */
export interface GatewayContext {
  engine: Engine;
  uploads: UploadStore;
  images: FileCache;
  videos: VideoClips;
  /** Path prefix / body mode resolved for this request. */
  mode: SpeedMode;
  /** The key used, as configured (quotas are keyed by it); `undefined` on an open mock. */
  apiKey: string | undefined;
  /** Digest of that key: the owner stored on new tasks. */
  owner: string | null;
  /** Where the real systems' rules differ, the active profile's choice (profiles.md §2). */
  rules: GatewayRules;
  /** An outcome forced for this request only (`X-Mock-Outcome`). */
  forced: StoredOutcome | undefined;
  /** Route name and contract path, for outcome matching. */
  route: GatewayRouteName;
  path: string;
}

/** A route's input: the parsed body (routes bind it themselves, DESIGN.md §2) and decoded path params. */
export interface RouteInput {
  body: unknown;
  params: Record<string, string>;
}

/** The current config (shared, frozen: no copy). */
export const configOf = (ctx: GatewayContext): Readonly<MockConfig> => ctx.engine.config();
