/**
 * Maps a snapshot document (the engine rewrite's `MockSnapshot`) to store rows and back, so wiring
 * `--data-dir` is: `store.commit(snapshotToBatch(mock.snapshot()))` on import or reset, and
 * `mock.restore(stateToSnapshot(store.load()))` on start. Tasks, uploads and deliveries become one row each
 * (a change batch rewrites only the rows that changed); everything else is the meta blob.
 */
import type { SnapshotDocument } from '../../fixtures/snapshot-document';
import type { PersistedState, Store, StoreBatch } from './store-types';

/** The meta blob: the snapshot without its per-row parts and its journals (their own row). */
export type SnapshotMeta = Omit<SnapshotDocument, 'engine' | 'uploads' | 'deliveries' | 'journals'> & {
  /** The engine state without its task records (queue, running, random state, outcomes, config…). */
  engine: { version: number } & Record<string, unknown>;
};

type Task = SnapshotDocument['engine']['tasks'][number];
type Delivery = SnapshotDocument['deliveries'][number];
type Journals = SnapshotDocument['journals'];

/** A store holding a snapshot's rows: `const store: SnapshotStore = await openStore(dir)`. */
export type SnapshotStore = Store<Task, SnapshotMeta, Delivery, Journals>;

/** Splits a snapshot's meta blob off its rows. */
export function snapshotMeta(snapshot: SnapshotDocument): SnapshotMeta {
  const { engine, uploads: _uploads, deliveries: _deliveries, journals: _journals, ...rest } = snapshot;
  const { tasks: _tasks, ...engineRest } = engine;
  return { ...rest, engine: engineRest };
}

/** A batch that replaces the whole store with `snapshot` (snapshot import, reset, first start). */
export function snapshotToBatch(
  snapshot: SnapshotDocument,
): StoreBatch<Task, SnapshotMeta, Delivery, Journals> {
  return {
    replaceAll: true,
    putTasks: snapshot.engine.tasks.map((record) => ({ id: record.task.id, data: record })),
    putUploads: snapshot.uploads.map((u) => ({
      id: u.name,
      contentType: u.contentType,
      bytes: Buffer.from(u.base64, 'base64'),
    })),
    putDeliveries: snapshot.deliveries.map((d) => ({ id: d.id, data: d })),
    meta: snapshotMeta(snapshot),
    journals: snapshot.journals,
  };
}

/**
 * The snapshot a store holds, or undefined when it holds nothing or no meta row (never committed whole).
 * `S` names the caller's snapshot type (`stateToSnapshot<MockSnapshot>(store.load())`); rows are not
 * checked here, the engine's `restore()` validates them.
 */
export function stateToSnapshot<S extends SnapshotDocument = SnapshotDocument>(
  state: PersistedState<Task, SnapshotMeta, Delivery, Journals> | undefined,
): S | undefined {
  if (!state?.meta) return undefined;
  const { engine, ...rest } = state.meta;
  const snapshot: SnapshotDocument = {
    ...rest,
    journals: state.journals ?? { requests: [], notifications: [] },
    engine: { ...engine, tasks: state.tasks.map((row) => row.data) },
    uploads: state.uploads.map((u) => ({
      name: u.id,
      contentType: u.contentType,
      base64: Buffer.from(u.bytes.buffer, u.bytes.byteOffset, u.bytes.byteLength).toString('base64'),
    })),
    deliveries: state.deliveries.map((row) => row.data),
  };
  return snapshot as S;
}
