/**
 * The lazily loaded SQLite driver. `better-sqlite3` is an optional peer dependency of @mjkit/mock-server: it is
 * imported with a dynamic `import()` only when a data dir is used, so plain installs and the browser entry
 * never load (or need to compile) it. The small interfaces below are all the store uses of it; keeping them
 * here keeps `@types/better-sqlite3` out of the published declarations.
 */
import { StoreUnavailableError } from './store-errors';

/** A prepared statement, as far as the store uses one. */
export interface SqliteStatement {
  run(...params: unknown[]): { changes: number };
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
  iterate(...params: unknown[]): IterableIterator<unknown>;
}

/** A database connection, as far as the store uses one. */
export interface SqliteDatabase {
  readonly inTransaction: boolean;
  prepare(source: string): SqliteStatement;
  exec(source: string): unknown;
  pragma(source: string, options?: { simple?: boolean }): unknown;
  transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
  close(): unknown;
}

/** Options of the driver's constructor that the store passes. */
export interface SqliteOpenOptions {
  readonly?: boolean;
  fileMustExist?: boolean;
  /** Busy timeout in ms; the store uses 0 so a second mock on the same dir fails at once. */
  timeout?: number;
}

/** The driver: `new Database(file, options)`. */
export type SqliteDriver = new (file: string, options?: SqliteOpenOptions) => SqliteDatabase;

/** How the driver module is imported; injectable so a test can simulate a missing install. */
export type DriverImporter = () => Promise<unknown>;

const importBetterSqlite: DriverImporter = () => import('better-sqlite3');

/**
 * Imports better-sqlite3 and returns its constructor, or throws `StoreUnavailableError` with the install
 * command when the package is absent.
 */
export async function loadSqliteDriver(importer: DriverImporter = importBetterSqlite): Promise<SqliteDriver> {
  let mod: unknown;
  try {
    mod = await importer();
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new StoreUnavailableError('missing', error);
    }
    throw isMissingAddon(error) ? new StoreUnavailableError('not-built', error) : error;
  }
  const driver = (mod as { default?: unknown }).default ?? mod;
  if (typeof driver !== 'function')
    throw new StoreUnavailableError('missing', new TypeError('no default export'));
  return driver as SqliteDriver;
}

/**
 * True for the errors better-sqlite3 throws at `new Database()` when its native addon was never compiled
 * (pnpm skipped the build script) or was compiled for another Node ABI.
 */
export function isMissingAddon(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /bindings file|better_sqlite3\.node|NODE_MODULE_VERSION|invalid ELF header/.test(message);
}
