/** The `--data-dir` store: SQLite through the optional better-sqlite3, loaded only when used. */
export { MIGRATIONS, type Migration, migrate, schemaVersion } from './migrations';
export {
  type SnapshotMeta,
  type SnapshotStore,
  snapshotMeta,
  snapshotToBatch,
  stateToSnapshot,
} from './snapshot-rows';
export { type OpenStoreOptions, openStore, STORE_FILE } from './open-store';
export {
  StoreClosedError,
  StoreCorruptError,
  StoreError,
  StoreLockedError,
  StoreUnavailableError,
  StoreVersionError,
} from './store-errors';
export type {
  PersistedState,
  RecoveryReport,
  Store,
  StoreBatch,
  StoredRow,
  StoredUpload,
} from './store-types';
