import type { MockConfig, SpeedMode, StoredOutcome } from '@mjkit/contract';
import type { Engine } from '../engine/engine';
import type { FileCache } from '../images/image-cache';
import type { UploadStore } from '../images/upload-store';
import type { VideoClips } from '../server/video-clips';

/** Everything a gateway route needs besides its body: no express, no I/O. */
export interface GatewayContext {
  engine: Engine;
  uploads: UploadStore;
  images: FileCache;
  videos: VideoClips;
  /** Origin for URLs in this request's answers (`--public-url` or the request's own). */
  baseUrl: string;
  /** Path prefix / body mode resolved for this request. */
  mode: SpeedMode;
  /** The API key used, when keys are configured. */
  apiKey: string | undefined;
  /** An outcome forced for this request only (`X-Mock-Outcome`). */
  forced: StoredOutcome | undefined;
  /** Route name and path, for outcome matching. */
  route: string;
  path: string;
}

/** The current config. */
export const configOf = (ctx: GatewayContext): MockConfig => ctx.engine.config();
