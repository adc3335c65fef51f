import type { MockConfig } from '@mjkit/contract';
import { DEFAULT_BANNED_WORDS } from './banned-words';

/** Everything the engine and the layers around it can be configured with (the control API's shape). */
export type EngineConfig = MockConfig;

/**
 * Defaults (DESIGN.md §3, spec §6): 3 running, queue 10, 5-minute timeout; at speed 1 an imagine
 * shows IN_PROGRESS after ~1 s and succeeds at ~10 s, an upscale takes ~4 s, describe/shorten ~3 s,
 * video ~20 s.
 */
export function defaultConfig(): EngineConfig {
  return {
    profile: 'doc',
    concurrency: 3,
    queueSize: 10,
    timeoutMs: 5 * 60_000,
    durations: { startMs: 1_000, imagineMs: 10_000, upscaleMs: 4_000, describeMs: 3_000, videoMs: 20_000 },
    bannedWords: [...DEFAULT_BANNED_WORDS],
    keys: [],
    quotas: {},
    remix: false,
    imageSize: 1024,
    notify: { concurrency: 8, timeoutMs: 10_000, retries: 0 },
    upstream: 'ta',
    newApi: { notifyEnabled: false },
  };
}

/** Applies a partial config over a full one (nested `durations` and `notify` merge). */
export function mergeConfig(
  base: EngineConfig,
  patch: Partial<Omit<EngineConfig, 'durations' | 'notify' | 'newApi'>> & {
    durations?: Partial<EngineConfig['durations']>;
    notify?: Partial<EngineConfig['notify']>;
    newApi?: Partial<EngineConfig['newApi']>;
  },
): EngineConfig {
  const defined = <T extends object>(o: T | undefined) =>
    Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  const { durations, notify, newApi, ...rest } = patch;
  return {
    ...base,
    ...defined(rest),
    durations: { ...base.durations, ...defined(durations) },
    notify: { ...base.notify, ...defined(notify) },
    // Configs saved before `upstream`/`newApi` existed (snapshots, data dirs) get the defaults.
    upstream: rest.upstream ?? base.upstream ?? 'ta',
    newApi: { ...{ notifyEnabled: false }, ...base.newApi, ...defined(newApi) },
  };
}

/**
 * Bounds of the engine's stores (issue #12 item 12). Not part of the run-time config: set them when
 * creating the mock (`createMock({ limits })`, CLI `--max-tasks`).
 */
export interface EngineLimits {
  /** Tasks kept; above it the oldest finished tasks are evicted (counted in `/__mock/state`). */
  maxTasks: number;
}

/** Default bounds: 10 000 tasks (~50 MB at ~5 kB per task). */
export function defaultLimits(): EngineLimits {
  return { maxTasks: 10_000 };
}
