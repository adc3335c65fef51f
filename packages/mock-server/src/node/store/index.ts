/** The `--data-dir` store: SQLite through the optional better-sqlite3, loaded only when used. */
export { MIGRATIONS, type Migration, migrate, schemaVersion } from './migrations.ts';
export { type OpenStoreOptions, openStore, STORE_FILE } from './open-store.ts';
export {
  StoreClosedError,
  StoreCorruptError,
  StoreError,
  StoreLockedError,
  StoreUnavailableError,
  StoreVersionError,
} from './store-errors.ts';
export type {
  PersistedState,
  RecoveryReport,
  Store,
  StoreBatch,
  StoredRow,
  StoredUpload,
} from './store-types.ts';
