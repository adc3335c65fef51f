/**
 * `--data-dir` (issue #17): restores a mock from its SQLite store on start and journals every change.
 * - each engine change batch commits in ONE transaction: the touched task records, removed ids, the
 *   deliveries it queued, deliveries settled since, uploads changed since, and the meta row;
 * - what changes outside batches (forced outcomes, config, clock, uploads, settled deliveries) commits
 *   after each answered request, before the answer leaves (the server calls `commitPending()`);
 * - the journals (large, diagnostic) are rewritten at most every `journalFlushMs`;
 * - `reset()`/`restore()` (PUT /__mock/snapshot, `--fixtures`) rewrite the whole store.
 * Deliveries are at-least-once: queued ones are in the store until attempted to the end, and are re-sent
 * with the same id after a restart.
 */
import type { TaskRecord } from '../engine/task-record';
import type { Mock } from '../mock/create-mock';
import type { PendingDelivery } from '../mock/mock-snapshot';
import {
  journalsOf,
  journalsSignature,
  metaKey,
  metaOf,
  type PersistedJournals,
  type PersistedMeta,
  resumeTime,
  snapshotOf,
} from './persistence-state';
import { openStore, type OpenStoreOptions } from './store/open-store';
import type { RecoveryReport, Store, StoreBatch } from './store/store-types';

/** Options of {@link openPersistence}. */
export interface PersistenceOptions extends Pick<OpenStoreOptions, 'synchronous' | 'importer'> {
  dataDir: string;
  /** `--data-dir-recover`: salvage a damaged file instead of refusing to start. */
  recover?: boolean;
  /** Longest wait before changed journals are written (default 1 000 ms). */
  journalFlushMs?: number;
  /** Receives a commit that failed (disk full…); the mock keeps serving from memory. */
  onError?: (error: unknown) => void;
  /** Wall clock (tests). */
  wallNow?: () => number;
}

/** What a restart found in the data dir. */
export interface RestoreReport {
  tasks: number;
  deliveries: number;
  /** Simulated ms the clock moved on for the downtime (real clock only). */
  caughtUpMs: number;
  /** Wall ms spent loading and restoring. */
  ms: number;
}

/** An open `--data-dir`. */
export interface Persistence {
  readonly file: string;
  readonly recovery: RecoveryReport | undefined;
  /** Set when the data dir held a state, now restored. */
  readonly restored: RestoreReport | undefined;
  /** Commits what changed outside engine batches; cheap when nothing did. */
  commitPending(): void;
  /** Commits everything pending, then closes the store. */
  close(): void;
}

type MockStore = Store<TaskRecord, PersistedMeta, PendingDelivery, PersistedJournals>;
type MockBatch = StoreBatch<TaskRecord, PersistedMeta, PendingDelivery, PersistedJournals>;

/**
 * Opens the store in `dataDir`, restores what it holds into `mock` (a real clock catches up with the
 * downtime, so due tasks finish at once, in order, with their notifications), and journals from then on.
 * @throws the store's errors (StoreUnavailableError, StoreCorruptError, StoreLockedError…), each naming
 *   the file and what to do.
 */
export async function openPersistence(mock: Mock, options: PersistenceOptions): Promise<Persistence> {
  const wallNow = options.wallNow ?? Date.now;
  const started = performance.now();
  const store: MockStore = await openStore(options.dataDir, {
    ...(options.recover ? { recover: true } : {}),
    ...(options.synchronous ? { synchronous: options.synchronous } : {}),
    ...(options.importer ? { importer: options.importer } : {}),
  });
  const state = store.load();
  const snapshot = snapshotOf(state, () => metaOf(mock, wallNow()));
  let restored: RestoreReport | undefined;
  let caughtUpMs = 0;
  if (snapshot) {
    const savedAt = state?.meta?.savedAt ?? wallNow();
    // Rows fresh from the store, read by nobody else: the engine adopts them (no deep copy).
    mock.restore(snapshot, { adopt: true });
    const target = resumeTime({ clock: snapshot.clock, savedAt }, wallNow());
    caughtUpMs = Math.max(0, target - mock.clock.now());
    if (caughtUpMs > 0) mock.clock.advance(caughtUpMs);
  }

  let queued = new Map<string, PendingDelivery>();
  let settled = new Set<string>();
  let uploadSig = '';
  let known = new Set<string>();
  let lastMeta = '';
  let lastJournals = journalsSignature(mock);
  let open = true;

  const uploadSignature = () => {
    const s = mock.uploads.stats();
    return `${s.files}/${s.bytes}/${s.evictions}`;
  };
  const markAllKnown = () => {
    known = new Set(mock.uploads.entries().map(([name]) => name));
    uploadSig = uploadSignature();
  };
  markAllKnown();

  /** The uploads added and removed since the last commit (a diff only when the signature moved). */
  const uploadChanges = (): Pick<MockBatch, 'putUploads' | 'deleteUploads'> => {
    const sig = uploadSignature();
    if (sig === uploadSig) return {};
    const now = new Map(mock.uploads.entries());
    const putUploads = [...now]
      .filter(([name]) => !known.has(name))
      .map(([id, f]) => ({ id, contentType: f.contentType, bytes: f.bytes }));
    const deleteUploads = [...known].filter((name) => !now.has(name));
    known = new Set(now.keys());
    uploadSig = sig;
    return { putUploads, deleteUploads };
  };

  const commit = (batch: MockBatch) => {
    if (!open) return;
    try {
      store.commit(batch);
    } catch (error) {
      options.onError?.(error);
    }
  };

  /** Commits `extra` plus everything pending; skipped when nothing changed at all. */
  const commitWith = (extra: Pick<MockBatch, 'putTasks' | 'deleteTasks'>, force: boolean) => {
    const meta = metaOf(mock, wallNow());
    const key = metaKey(meta);
    const uploads = uploadChanges();
    const changed =
      force || key !== lastMeta || queued.size > 0 || settled.size > 0 || uploads.putUploads !== undefined;
    if (!changed) return;
    lastMeta = key;
    const batch: MockBatch = {
      ...extra,
      ...uploads,
      putDeliveries: [...queued.values()].map((d) => ({ id: d.id, data: d })),
      deleteDeliveries: [...settled],
      meta,
    };
    queued = new Map();
    settled = new Set();
    commit(batch);
  };

  const commitJournals = () => {
    const sig = journalsSignature(mock);
    if (sig === lastJournals) return;
    lastJournals = sig;
    commit({ journals: journalsOf(mock) });
  };

  /** The whole state, replacing the store's (first start, reset, snapshot import, fixtures). */
  const commitAll = () => {
    const whole = mock.snapshot();
    queued = new Map();
    settled = new Set();
    markAllKnown();
    lastJournals = journalsSignature(mock);
    const meta = metaOf(mock, wallNow());
    lastMeta = metaKey(meta);
    commit({
      replaceAll: true,
      putTasks: whole.engine.tasks.map((r) => ({ id: r.task.id, data: r })),
      putUploads: mock.uploads
        .entries()
        .map(([id, f]) => ({ id, contentType: f.contentType, bytes: f.bytes })),
      putDeliveries: whole.deliveries.map((d) => ({ id: d.id, data: d })),
      meta,
      journals: whole.journals,
    });
  };

  const offBatch = mock.onBatch((batch) => {
    const putTasks = batch.taskIds.flatMap((id) => {
      const data = mock.engine.record(id);
      return data ? [{ id, data: data as TaskRecord }] : [];
    });
    commitWith({ putTasks, deleteTasks: batch.removed }, true);
  });
  const offReplace = mock.onReplace(commitAll);
  const offWatch = mock.notifier.watch({
    queued: (d) => queued.set(d.id, d),
    // Settled before its first commit: it never reaches the file at all.
    settled: (id) => {
      if (!queued.delete(id)) settled.add(id);
    },
  });
  const journalTimer = setInterval(commitJournals, options.journalFlushMs ?? 1_000);
  journalTimer.unref();

  if (snapshot) {
    // Tasks due during the downtime finish now, in order; queued ones start as slots free.
    mock.engine.sync();
    commitWith({}, true);
    restored = {
      tasks: snapshot.engine.tasks.length,
      deliveries: snapshot.deliveries.length,
      caughtUpMs,
      ms: Math.round(performance.now() - started),
    };
  } else {
    commitAll();
  }

  return {
    file: store.file,
    recovery: store.recovery,
    restored,
    commitPending: () => commitWith({}, false),
    close() {
      if (!open) return;
      commitWith({}, false);
      commitJournals();
      open = false;
      clearInterval(journalTimer);
      offBatch();
      offReplace();
      offWatch();
      store.close();
    },
  };
}
