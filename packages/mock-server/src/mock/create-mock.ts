import type { NotificationLogEntry, RequestLogEntry } from '@mjkit/contract';
import { type ChangeBatch, createEngine, type Engine, type RestoreOptions } from '../engine/engine';
import type { EngineSnapshot } from '../engine/snapshot';
import { defaultConfig, type EngineConfig, type EngineLimits, mergeConfig } from '../engine/engine-config';
import { DEFAULT_GUARD_LIMITS, type GuardLimits } from '../gateway/guards';
import { createFileCache, type FileCache } from '../images/image-cache';
import type { ImageLimits } from '../images/image-limits';
import { createUploadStore, type UploadLimits, type UploadStore } from '../images/upload-store';
import { builtInVideoClips, type VideoClips } from '../images/video-clips';
import { createJournal, type Journal } from '../notify/journal';
import { bridgeNotifications } from '../notify/notify-bridge';
import { createNotifier, type NotifyLimits, type Notifier } from '../notify/notifier';
import { createFetchTransport, type NotifyTransport } from '../notify/transport';
import type { Profile } from '../profiles/profile';
import { createProfileRegistry } from '../profiles/registry';
import { createSwitchableClock, type SwitchableClock } from '../time/switchable-clock';
import { fromBase64, toBase64 } from './base64';
import { MOCK_SNAPSHOT_VERSION, type MockSnapshot } from './mock-snapshot';

/** Every bound of the mock's stores (issue #12 item 12); evictions are reported in `/__mock/state`. */
export interface MockLimits extends EngineLimits, NotifyLimits {
  uploads: UploadLimits;
  /** Request journal entries kept (default 1 000). */
  requestJournal: number;
  /** Delivery journal entries kept (default 1 000). */
  notifyJournal: number;
  /** Longest prompt accepted (default 8 192); longer → mock error `prompt_too_long`. */
  maxPromptLength: number;
  /** Input image header limits (default 4096 px edge, 16 777 216 px); over → `base64格式错误`. */
  images: Pick<ImageLimits, 'maxEdge' | 'maxPixels'>;
}

/** How to build a mock (the CLI maps its flags onto this). */
export interface MockOptions {
  /** Config overrides (pool, queue, durations, keys, banned words…). */
  config?: Parameters<typeof mergeConfig>[1];
  /** `manual` for tests and the playground; `real` (default) scales wall time by `speed`. */
  clock?: 'real' | 'manual';
  speed?: number;
  /** Randomness seed: the same seed and requests give the same ids, steps and images. */
  seed?: number;
  /** How notifyHook deliveries leave (default: global `fetch`; the Node entry injects `node:http`). */
  transport?: NotifyTransport;
  /** Shorthand for `transport: createFetchTransport(fetch)`. */
  fetch?: typeof fetch;
  /** Called when a delivery attempt fails. */
  onNotifyError?: (entry: NotificationLogEntry) => void;
  /** Video clips served as video results (default: one built-in clip, no disk). */
  videos?: VideoClips;
  /** Bounds of the stores. */
  limits?: Partial<Omit<MockLimits, 'uploads' | 'images'>> & {
    uploads?: Partial<UploadLimits>;
    images?: Partial<MockLimits['images']>;
  };
  /** Origin used in URLs (images, uploads, notifyHook payloads); default: each request's own. */
  publicUrl?: string | undefined;
}

/** A mock's parts, without HTTP: what the adapters serve and tests drive. */
export interface Mock {
  clock: SwitchableClock;
  engine: Engine;
  notifier: Notifier;
  uploads: UploadStore;
  images: FileCache;
  videos: VideoClips;
  requests: Journal<RequestLogEntry>;
  notifications: Journal<NotificationLogEntry>;
  /** `--public-url` without a trailing slash, if set. */
  readonly publicUrl: string | undefined;
  /** Prompt and image limits the gateway routes apply (issue #12 items 3, 4). */
  readonly guardLimits: Readonly<GuardLimits>;
  /** The active profile (from the config's `profile`). */
  profile(): Profile;
  /** Remembers the origin of the latest request (the base of notifyHook URLs without `publicUrl`). */
  sawBaseUrl(baseUrl: string): void;
  /** Evictions and sizes of every bounded store. */
  limitsReport(): Record<string, unknown>;
  /** Empties tasks, journals, outcomes, uploads and caches; keeps config and clock. */
  reset(): void;
  /** Stops notify deliveries from being queued. */
  stop(): void;
  /** The whole state as versioned JSON (no keys: owners are digests). */
  snapshot(): MockSnapshot;
  /** Replaces the whole state; `adopt` as in the engine's `restore()` (no copy of the task records). */
  restore(snapshot: MockSnapshot, options?: RestoreOptions): void;
  /** Subscribes to change batches (the ids one engine call touched): a store commits each in one transaction. */
  onBatch(listener: (batch: ChangeBatch) => void): () => void;
  /** Subscribes to whole-state replacements (`reset()`, `restore()`): a store rewrites everything. */
  onReplace(listener: () => void): () => void;
}

/**
 * Wires a clock, an engine, notifyHook delivery and the bounded stores together. Browser-safe:
 * no `node:*` import, video clips injected (one built-in by default).
 * @example const mock = createMock({ clock: 'manual', config: { imageSize: 256 } });
 */
export function createMock(options: MockOptions = {}): Mock {
  const clock = createSwitchableClock({ mode: options.clock ?? 'real', speed: options.speed ?? 1 });
  const config: EngineConfig = mergeConfig(defaultConfig(), options.config ?? {});
  const limits = options.limits ?? {};
  const engine = createEngine({
    clock,
    config,
    seed: options.seed ?? 1,
    limits: limits.maxTasks === undefined ? {} : { maxTasks: limits.maxTasks },
  });
  const notifications = createJournal<NotificationLogEntry>(limits.notifyJournal ?? 1000);
  const requests = createJournal<RequestLogEntry>(limits.requestJournal ?? 1000);
  const notifier = createNotifier({
    transport: options.transport ?? createFetchTransport(options.fetch),
    options: () => engine.config().notify,
    now: () => clock.now(),
    journal: notifications,
    limits,
    ...(options.onNotifyError ? { onError: options.onNotifyError } : {}),
  });
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  let lastBaseUrl = publicUrl ?? 'http://localhost';
  const uploads = createUploadStore(limits.uploads);
  const images = createFileCache();
  const videos = options.videos ?? builtInVideoClips();
  const profiles = createProfileRegistry({ now: () => clock.now(), speed: () => clock.state().speed });
  const profile = () => profiles.forConfig(engine.config());
  bridgeNotifications({ engine, notifier, profile, baseUrl: () => publicUrl ?? lastBaseUrl });
  const replaced = new Set<() => void>();
  const announceReplace = () => {
    for (const listener of replaced) listener();
  };
  const clearAll = () => {
    engine.reset();
    profiles.reset();
    notifier.reset();
    uploads.clear();
    images.clear();
    requests.clear();
    notifications.clear();
  };
  const mock: Mock = {
    clock,
    engine,
    notifier,
    uploads,
    images,
    videos,
    requests,
    notifications,
    publicUrl,
    guardLimits: Object.freeze({
      maxPromptLength: limits.maxPromptLength ?? DEFAULT_GUARD_LIMITS.maxPromptLength,
      image: { ...DEFAULT_GUARD_LIMITS.image, ...limits.images },
    }),
    profile,
    sawBaseUrl(baseUrl) {
      lastBaseUrl = baseUrl;
    },
    limitsReport: () => ({
      prompt: { maxLength: mock.guardLimits.maxPromptLength },
      images: mock.guardLimits.image,
      tasks: { max: engine.limits.maxTasks, evictions: engine.evictions() },
      uploads: uploads.stats(),
      requestJournal: requests.stats(),
      notifyJournal: notifications.stats(),
      notify: notifier.stats(),
    }),
    reset() {
      clearAll();
      announceReplace();
    },
    stop: () => notifier.stop(),
    snapshot: () => ({
      version: MOCK_SNAPSHOT_VERSION,
      engine: withoutKeys(engine.snapshot()),
      clock: clock.state(),
      journals: { requests: requests.list(), notifications: notifications.list() },
      uploads: uploads
        .entries()
        .map(([name, f]) => ({ name, contentType: f.contentType, base64: toBase64(f.bytes) })),
      deliveries: notifier.pending(),
    }),
    restore(snapshot, options = {}) {
      if (snapshot.version !== MOCK_SNAPSHOT_VERSION)
        throw new Error(`mock snapshot version ${snapshot.version} is not ${MOCK_SNAPSHOT_VERSION}`);
      // Keys and quotas are configuration, never state: the running mock's stay (see withoutKeys).
      const { keys, quotas } = engine.config();
      clearAll();
      engine.restore({ ...snapshot.engine, config: { ...snapshot.engine.config, keys, quotas } }, options);
      clock.set({ mode: snapshot.clock.mode, speed: snapshot.clock.speed });
      if (snapshot.clock.now > clock.now()) clock.advance(snapshot.clock.now - clock.now());
      for (const e of snapshot.journals.requests) requests.add(e);
      for (const e of snapshot.journals.notifications) notifications.add(e);
      for (const u of snapshot.uploads)
        uploads.restore(u.name, { contentType: u.contentType, bytes: fromBase64(u.base64) });
      for (const d of snapshot.deliveries) notifier.enqueue({ ...d, payload: parsePayload(d.body) });
      announceReplace();
    },
    onBatch: (listener) => engine.events.on('batch', listener),
    onReplace(listener) {
      replaced.add(listener);
      return () => replaced.delete(listener);
    },
  };
  return mock;
}

/** A snapshot never carries keys (quotas are keyed by key): an export is safe to share or commit. */
function withoutKeys(snapshot: EngineSnapshot): EngineSnapshot {
  return { ...snapshot, config: { ...snapshot.config, keys: [], quotas: {} } };
}

/** The journaled payload of a restored delivery (its body is the JSON sent); `null` when unreadable. */
function parsePayload(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return null;
  }
}
