import type { NotificationLogEntry, RequestLogEntry } from '@mjkit/contract';
import { createEngine, type Engine } from '../engine/engine';
import { defaultConfig, type EngineConfig, mergeConfig } from '../engine/engine-config';
import { createFileCache, type FileCache } from '../images/image-cache';
import { createUploadStore, type UploadStore } from '../images/upload-store';
import { createJournal, type Journal } from '../notify/journal';
import { createNotifier, type Notifier } from '../notify/notifier';
import { loadVideoClips, type VideoClips } from '../server/video-clips';
import { createSwitchableClock, type SwitchableClock } from '../time/switchable-clock';

/** How to build a mock (the CLI maps its flags onto this). */
export interface MockOptions {
  /** Config overrides (pool, queue, durations, keys, banned words…). */
  config?: Parameters<typeof mergeConfig>[1];
  /** `manual` for tests and the playground; `real` (default) scales wall time by `speed`. */
  clock?: 'real' | 'manual';
  speed?: number;
  /** Randomness seed: the same seed and requests give the same ids, steps and images. */
  seed?: number;
  /** fetch used for notifyHook deliveries (default: global fetch). */
  fetch?: typeof fetch;
  /** Called when a delivery attempt fails. */
  onNotifyError?: (entry: NotificationLogEntry) => void;
}

/** A mock's parts, without HTTP: what `createApp` serves and tests drive. */
export interface Mock {
  clock: SwitchableClock;
  engine: Engine;
  notifier: Notifier;
  uploads: UploadStore;
  images: FileCache;
  videos: VideoClips;
  requests: Journal<RequestLogEntry>;
  notifications: Journal<NotificationLogEntry>;
  /** Empties tasks, journals, outcomes, uploads and caches; keeps config and clock. */
  reset(): void;
  /** Stops notify deliveries from being queued. */
  stop(): void;
}

/**
 * Wires a clock, an engine, notifyHook delivery and the stores together.
 * @example const mock = createMock({ clock: 'manual', config: { imageSize: 256 } });
 */
export function createMock(options: MockOptions = {}): Mock {
  const clock = createSwitchableClock({ mode: options.clock ?? 'real', speed: options.speed ?? 1 });
  const config: EngineConfig = mergeConfig(defaultConfig(), options.config ?? {});
  const engine = createEngine({ clock, config, seed: options.seed ?? 1 });
  const notifications = createJournal<NotificationLogEntry>();
  const requests = createJournal<RequestLogEntry>();
  const notifier = createNotifier({
    subscribe: (listener) => engine.events.on('change', listener),
    fetch: options.fetch ?? globalThis.fetch,
    options: () => engine.config().notify,
    now: () => clock.now(),
    journal: notifications,
    ...(options.onNotifyError ? { onError: options.onNotifyError } : {}),
  });
  const uploads = createUploadStore();
  const images = createFileCache();
  const videos = loadVideoClips();
  return {
    clock,
    engine,
    notifier,
    uploads,
    images,
    videos,
    requests,
    notifications,
    reset() {
      engine.reset();
      notifier.reset();
      uploads.clear();
      images.clear();
      requests.clear();
      notifications.clear();
    },
    stop: () => notifier.stop(),
  };
}
