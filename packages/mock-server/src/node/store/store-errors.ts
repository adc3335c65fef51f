/**
 * Errors of the `--data-dir` store. Each names the file and says what the user can do, because the
 * CLI prints `message` as is and exits; `code` is for programs.
 */

/** Base class: every store error carries a `code` and, where one is involved, the database `file`. */
export class StoreError extends Error {
  constructor(
    readonly code: 'store_unavailable' | 'store_corrupt' | 'store_locked' | 'store_too_new' | 'store_closed',
    message: string,
    readonly file?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** better-sqlite3 (the optional dependency) is missing or its native addon was never built. */
export class StoreUnavailableError extends StoreError {
  constructor(reason: 'missing' | 'not-built', cause: unknown) {
    const detail =
      reason === 'missing'
        ? '--data-dir needs the optional dependency better-sqlite3 12 (an optional peer of @mjkit/mock-server), which is not installed.'
        : "--data-dir needs better-sqlite3's native addon, which was never built (pnpm skips build scripts it was not told to allow).";
    super(
      'store_unavailable',
      `${detail}\nInstall it beside @mjkit/mock-server (it compiles from source when no prebuilt binary can be fetched, ~80 s; needs python3, make and g++):\n` +
        '  npm install better-sqlite3@12        # or: pnpm add better-sqlite3@12\n' +
        'With pnpm, also allow its build: list it under onlyBuiltDependencies (and allowBuilds) in pnpm-workspace.yaml, then `pnpm rebuild better-sqlite3`.',
      undefined,
      { cause },
    );
  }
}

/** The database file is truncated, overwritten or otherwise unreadable. Nothing was changed on disk. */
export class StoreCorruptError extends StoreError {
  constructor(file: string, detail: string, cause?: unknown) {
    super(
      'store_corrupt',
      `The mock's data file ${file} is damaged (${detail}). Nothing was changed. Choose one:\n` +
        `  - restart with --data-dir-recover: copies every readable row into a fresh file and moves the damaged one aside as ${file}.corrupt-<timestamp>;\n` +
        '  - put back a backup of the file;\n' +
        `  - start empty: move ${file} (and its -wal file) away, or use another --data-dir.`,
      file,
      { cause },
    );
  }
}

/** Another process (or another open store) holds the file: one mock per data dir. */
export class StoreLockedError extends StoreError {
  constructor(file: string, cause?: unknown) {
    super(
      'store_locked',
      `The mock's data file ${file} is in use by another process: one mock per --data-dir. Stop the other mock or choose another directory.`,
      file,
      { cause },
    );
  }
}

/** The file was written by a newer mjkit (schema version above what this one knows). */
export class StoreVersionError extends StoreError {
  constructor(file: string, found: number, known: number) {
    super(
      'store_too_new',
      `The mock's data file ${file} has schema version ${found}, newer than this mjkit knows (${known}). Upgrade @mjkit/mock-server, or use another --data-dir.`,
      file,
    );
  }
}

/** The store was used after `close()`. */
export class StoreClosedError extends StoreError {
  constructor(file: string) {
    super('store_closed', `The store for ${file} is closed.`, file);
  }
}

/** SQLite result codes that mean "the bytes on disk are not a valid database". */
export function isCorruptionError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(CORRUPT|NOTADB)/.test(code);
}

/** SQLite result codes that mean "someone else holds the lock". */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(BUSY|LOCKED)/.test(code);
}
