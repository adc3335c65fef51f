import type { ClockState, NotificationLogEntry, RequestLogEntry } from '@mjkit/contract';
import type { EngineSnapshot } from '../engine/snapshot';

/** The version of {@link MockSnapshot}; bump it (with a migration) when the shape changes. */
export const MOCK_SNAPSHOT_VERSION = 1;

/** One stored upload (bytes as base64, so the snapshot stays JSON). */
export interface UploadSnapshot {
  name: string;
  contentType: string;
  base64: string;
}

/** A notifyHook delivery not yet attempted to the end (re-sent after a restore: at-least-once). */
export interface PendingDelivery {
  /** Stable across restarts, sent as a header so receivers can drop duplicates. */
  id: string;
  taskId: string;
  url: string;
  /** The payload as rendered at event time. */
  body: string;
  /** Attempts already made. */
  attempts: number;
}

/**
 * The whole mock as plain JSON (issue #11, #17): the engine's state plus what lives around it.
 * `engine.tasks` is the per-task part (one row per task in a store); the rest is one meta blob.
 * Keys never appear: task owners are key digests.
 */
export interface MockSnapshot {
  version: typeof MOCK_SNAPSHOT_VERSION;
  engine: EngineSnapshot;
  clock: ClockState;
  journals: { requests: RequestLogEntry[]; notifications: NotificationLogEntry[] };
  uploads: UploadSnapshot[];
  deliveries: PendingDelivery[];
}
