/**
 * The mapping between a live mock and the `--data-dir` store's rows (issue #17): what one change batch
 * writes (the touched task records, the small meta blob) and how a loaded state becomes a snapshot the
 * mock restores. The O(stored tasks) parts never go through the meta blob: records are one row each, and
 * the eviction order (`finished`) is rebuilt from the records on load.
 */
import type { NotificationLogEntry, RequestLogEntry } from '@mjkit/contract';
import type { EngineSnapshot } from '../engine/snapshot';
import type { TaskRecord } from '../engine/task-record';
import type { Mock } from '../mock/create-mock';
import { MOCK_SNAPSHOT_VERSION, type MockSnapshot, type PendingDelivery } from '../mock/mock-snapshot';
import type { PersistedState } from './store/store-types';

/** The meta row: the engine without tasks and eviction order, the clock, and the wall time it was written. */
export interface PersistedMeta {
  version: typeof MOCK_SNAPSHOT_VERSION;
  engine: Omit<EngineSnapshot, 'tasks' | 'finished'>;
  clock: MockSnapshot['clock'];
  /** Wall-clock ms when written: a real clock counts the downtime since (at its speed) on restart. */
  savedAt: number;
}

/** The journals row. */
export type PersistedJournals = MockSnapshot['journals'];

/** The state a `--data-dir` store holds for a mock. */
export type MockState = PersistedState<TaskRecord, PersistedMeta, PendingDelivery, PersistedJournals>;

/** The meta row of `mock` now; keys and quotas are emptied (configuration, never stored). */
export function metaOf(mock: Mock, wallNow: number): PersistedMeta {
  const engine = mock.engine.snapshotMeta();
  return {
    version: MOCK_SNAPSHOT_VERSION,
    engine: { ...engine, config: { ...engine.config, keys: [], quotas: {} } },
    clock: mock.clock.state(),
    savedAt: wallNow,
  };
}

/** The meta row without what changes by itself (a real clock's `now`, `savedAt`): equal means unchanged. */
export function metaKey(meta: PersistedMeta): string {
  const clock = meta.clock.mode === 'real' ? { ...meta.clock, now: 0 } : meta.clock;
  return JSON.stringify({ ...meta, clock, savedAt: 0 });
}

/** The journals row of `mock` now. */
export function journalsOf(mock: Mock): PersistedJournals {
  return { requests: mock.requests.list(), notifications: mock.notifications.list() };
}

/** A cheap signature of the journals: changes whenever an entry is added or they are cleared. */
export function journalsSignature(mock: Mock): string {
  const r = mock.requests.stats();
  const n = mock.notifications.stats();
  return `${r.size}/${r.dropped}/${n.size}/${n.dropped}`;
}

/**
 * Finished tasks in eviction order, rebuilt from the records: by finish time, ties in row (submit)
 * order. The engine evicts the oldest finished task first when its store is full.
 */
export function finishedOrder(tasks: readonly TaskRecord[]): string[] {
  return tasks
    .map((r, i) => ({ id: r.task.id, at: r.task.finishTime, i }))
    .filter((x): x is { id: string; at: number; i: number } => typeof x.at === 'number')
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.id);
}

/**
 * A meta row rebuilt from the records alone, for a recovered file whose meta row was lost: running and
 * queued tasks are derived from their statuses, the last id from the highest one; the rest (config,
 * random state, clock) is `fresh`'s, the meta of a newly started mock.
 */
export function rebuildMeta(tasks: readonly TaskRecord[], fresh: PersistedMeta): PersistedMeta {
  const running = tasks.filter((r) => r.task.status === 'SUBMITTED' || r.task.status === 'IN_PROGRESS');
  const queue = tasks
    .filter((r) => r.task.status === 'NOT_START')
    .sort((a, b) => (a.task.submitTime ?? 0) - (b.task.submitTime ?? 0));
  let lastId = BigInt(fresh.engine.lastId || '0');
  for (const r of tasks)
    if (/^\d+$/.test(r.task.id) && BigInt(r.task.id) > lastId) lastId = BigInt(r.task.id);
  return {
    ...fresh,
    engine: {
      ...fresh.engine,
      running: running.map((r) => r.task.id),
      queue: queue.map((r) => r.task.id),
      lastId: lastId.toString(),
    },
  };
}

/**
 * The snapshot a loaded state holds, or `undefined` when it holds nothing. Rows without a meta row (a
 * recovery that lost it) are restored with `rebuildMeta(tasks, fresh())`, never dropped.
 */
export function snapshotOf(
  state: MockState | undefined,
  fresh: () => PersistedMeta,
): MockSnapshot | undefined {
  if (!state) return undefined;
  const tasks = state.tasks.map((row) => row.data);
  const meta = state.meta ?? rebuildMeta(tasks, fresh());
  const journals = state.journals ?? { requests: [], notifications: [] };
  return {
    version: meta.version,
    engine: { ...meta.engine, tasks, finished: finishedOrder(tasks) },
    clock: meta.clock,
    journals: {
      requests: journals.requests as RequestLogEntry[],
      notifications: journals.notifications as NotificationLogEntry[],
    },
    uploads: state.uploads.map((u) => ({
      name: u.id,
      contentType: u.contentType,
      base64: Buffer.from(u.bytes.buffer, u.bytes.byteOffset, u.bytes.byteLength).toString('base64'),
    })),
    deliveries: state.deliveries.map((row) => row.data),
  };
}

/**
 * Where a real clock should stand after a restart: the saved simulated time plus the downtime at the
 * saved speed, so a task due during the downtime finishes at once. A manual clock stays where it was.
 */
export function resumeTime(meta: Pick<PersistedMeta, 'clock' | 'savedAt'>, wallNow: number): number {
  if (meta.clock.mode !== 'real') return meta.clock.now;
  return meta.clock.now + Math.max(0, wallNow - meta.savedAt) * meta.clock.speed;
}
