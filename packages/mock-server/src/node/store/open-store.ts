/**
 * `openStore(dir)`: the `--data-dir` database (issue #17). One SQLite file, `mjkit-mock.sqlite`, in WAL
 * mode, held with an exclusive lock (one mock per data dir), migrated to the newest schema on open.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { latestVersion, MIGRATIONS, type Migration, migrate, schemaVersion } from './migrations';
import { recoverDatabase } from './recover-database';
import { loadSqliteDriver, type DriverImporter, isMissingAddon, type SqliteDriver } from './sqlite-driver';
import { createSqliteStore, describe } from './sqlite-store';
import {
  isBusyError,
  isCorruptionError,
  StoreCorruptError,
  StoreError,
  StoreLockedError,
  StoreUnavailableError,
  StoreVersionError,
} from './store-errors';
import type { RecoveryReport, Store } from './store-types';

/** The database file's name inside the data dir. */
export const STORE_FILE = 'mjkit-mock.sqlite';

/** Options of `openStore`. */
export interface OpenStoreOptions {
  /** `--data-dir-recover`: salvage a damaged file instead of refusing to start. */
  recover?: boolean;
  /**
   * `NORMAL` (default) survives a killed process: WAL commits are durable once written; only an OS crash or
   * power loss can drop the last commits. `FULL` fsyncs every commit (see docs/persistence.md for costs).
   */
  synchronous?: 'NORMAL' | 'FULL';
  /** Run `PRAGMA quick_check` on open (default true) so damage is found at start, not mid-run. */
  check?: boolean;
  /** For tests: another migration list, or a simulated missing driver. */
  migrations?: readonly Migration[];
  importer?: DriverImporter;
}

/**
 * Opens (creating when needed) the store in `dir`.
 * The type parameters name the row shapes the caller stores (see `SnapshotStore`); they are not checked.
 * @throws StoreUnavailableError (better-sqlite3 missing or not built), StoreCorruptError (damaged file,
 *   without `recover`), StoreLockedError (another mock uses it), StoreVersionError (newer schema).
 * @example
 * const store = await openStore('./.mock-data', { recover: argv.dataDirRecover });
 * const state = store.load(); // undefined on first start
 * store.commit({ putTasks: [{ id: task.id, data: task }], meta });
 */
export async function openStore<Task = unknown, Meta = unknown, Delivery = unknown, Journals = unknown>(
  dir: string,
  options: OpenStoreOptions = {},
): Promise<Store<Task, Meta, Delivery, Journals>> {
  const Driver = await loadSqliteDriver(options.importer);
  const migrations = options.migrations ?? MIGRATIONS;
  mkdirSync(dir, { recursive: true });
  const file = resolve(dir, STORE_FILE);
  // The store does not check row shapes: the engine's restore() validates what it reads.
  try {
    return openChecked(Driver, file, migrations, options) as Store<Task, Meta, Delivery, Journals>;
  } catch (error) {
    if (!(error instanceof StoreCorruptError) || !options.recover) throw error;
  }
  const recovery = recoverDatabase(Driver, file, migrations);
  return openChecked(Driver, file, migrations, options, recovery) as Store<Task, Meta, Delivery, Journals>;
}

function openChecked(
  Driver: SqliteDriver,
  file: string,
  migrations: readonly Migration[],
  options: OpenStoreOptions,
  recovery?: RecoveryReport,
): Store {
  let db: InstanceType<SqliteDriver>;
  try {
    db = new Driver(file, { timeout: 0 });
  } catch (error) {
    if (isMissingAddon(error)) throw new StoreUnavailableError('not-built', error);
    throw classify(file, error);
  }
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    const found = schemaVersion(db);
    const known = latestVersion(migrations);
    if (found > known) throw new StoreVersionError(file, found, known);
    // BEGIN IMMEDIATE takes the write lock, which EXCLUSIVE mode then keeps until close.
    db.exec('BEGIN IMMEDIATE; COMMIT;');
    migrate(db, migrations);
    if (options.check !== false) {
      const result = db.pragma('quick_check', { simple: true });
      if (result !== 'ok') throw new StoreCorruptError(file, `quick_check: ${String(result)}`);
    }
    return createSqliteStore(db, file, recovery);
  } catch (error) {
    db.close();
    throw classify(file, error);
  }
}

function classify(file: string, error: unknown): unknown {
  if (error instanceof StoreError) return error;
  if (isCorruptionError(error)) return new StoreCorruptError(file, describe(error), error);
  if (isBusyError(error)) return new StoreLockedError(file, error);
  return error;
}
