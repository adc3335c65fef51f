/**
 * The `--data-dir` store's shapes (issue #17). Deliberately generic: a task, a delivery and the meta blob
 * are whatever JSON the engine's `snapshot()` produces, so wiring the store to the engine is a mapping,
 * not a schema change. Uploads are the one binary kind and are kept as bytes, not base64.
 */

/** One JSON-serialisable row: a task or a pending notifyHook delivery, keyed by a stable id. */
export interface StoredRow<T = unknown> {
  id: string;
  data: T;
}

/** One uploaded file, kept byte for byte. */
export interface StoredUpload {
  id: string;
  contentType: string;
  bytes: Uint8Array;
}

/**
 * One engine change batch. `commit()` applies all of it in ONE SQLite transaction: after a crash the file
 * holds either the whole batch or none of it. `replaceAll` empties every table first (reset, snapshot import).
 */
export interface StoreBatch<Task = unknown, Meta = unknown, Delivery = unknown, Journals = unknown> {
  replaceAll?: boolean;
  putTasks?: ReadonlyArray<StoredRow<Task>>;
  deleteTasks?: readonly string[];
  putUploads?: readonly StoredUpload[];
  deleteUploads?: readonly string[];
  /** Pending notifyHook deliveries; each id is stable so a re-send after a restart carries the same id. */
  putDeliveries?: ReadonlyArray<StoredRow<Delivery>>;
  deleteDeliveries?: readonly string[];
  /** Replaces the meta blob (queue, running slots, clock, random state, outcomes…) when present. */
  meta?: Meta;
  /** Replaces the journals blob when present (its own row: large, so written less often than meta). */
  journals?: Journals;
}

/** Everything the store holds, rows in first-insertion order (an update keeps a row's place). */
export interface PersistedState<Task = unknown, Meta = unknown, Delivery = unknown, Journals = unknown> {
  schemaVersion: number;
  tasks: StoredRow<Task>[];
  uploads: StoredUpload[];
  deliveries: StoredRow<Delivery>[];
  meta: Meta | undefined;
  journals: Journals | undefined;
}

/** An open `--data-dir` store. Synchronous on purpose: a commit is a few hundred microseconds (see docs). */
export interface Store<Task = unknown, Meta = unknown, Delivery = unknown, Journals = unknown> {
  /** Absolute path of the database file. */
  readonly file: string;
  /** What a `--data-dir-recover` open salvaged, when it had to. */
  readonly recovery: RecoveryReport | undefined;
  /** The whole persisted state, or `undefined` when nothing was ever committed. */
  load(): PersistedState<Task, Meta, Delivery, Journals> | undefined;
  /** Applies one batch atomically; throws (and applies nothing) when a value is not JSON-serialisable. */
  commit(batch: StoreBatch<Task, Meta, Delivery, Journals>): void;
  /** Checkpoints the WAL and closes the file; further calls throw `StoreClosedError`. Idempotent. */
  close(): void;
}

/** What recovery of a damaged file kept, per table, and where the damaged file went. */
export interface RecoveryReport {
  /** The damaged file's new name (`<name>.corrupt-<timestamp>`), beside the fresh one. */
  movedTo: string;
  kept: { tasks: number; uploads: number; deliveries: number; meta: boolean };
  /** Rows read but dropped (not valid JSON), and unreadable regions skipped, per table. */
  dropped: { tasks: number; uploads: number; deliveries: number };
  skippedRegions: number;
  /** The schema version found in the damaged file (`0` when unreadable). */
  fromVersion: number;
}
