/**
 * Schema versions of the `--data-dir` file, from the first release on. Each migration runs once, in
 * order; all pending ones run in ONE transaction, so a crash mid-upgrade leaves the old version intact.
 * Append new migrations; never edit a released one.
 */
import type { SqliteDatabase } from './sqlite-driver';

/** One schema step: `version` is 1, 2, 3… with no gaps. */
export interface Migration {
  version: number;
  name: string;
  up(db: SqliteDatabase): void;
}

/** The store's migrations. v1: one row per task, upload, pending delivery, and one meta row. */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'tasks, uploads, deliveries and meta',
    up(db) {
      // Rowid tables on purpose: rows keep their first-insertion order (upserts keep the rowid), and
      // recovery can walk a damaged table by rowid past unreadable pages.
      db.exec(`
        CREATE TABLE tasks (id TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL);
        CREATE TABLE uploads (id TEXT PRIMARY KEY NOT NULL, content_type TEXT NOT NULL, bytes BLOB NOT NULL);
        CREATE TABLE deliveries (id TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL);
        CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, data TEXT NOT NULL);
      `);
    },
  },
];

const BOOTSTRAP =
  'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)';

/** The newest version a migration list reaches (0 for an empty list). */
export function latestVersion(migrations: readonly Migration[]): number {
  return migrations.reduce((max, m) => Math.max(max, m.version), 0);
}

/** The version recorded in a database (0 for a new file). */
export function schemaVersion(db: SqliteDatabase): number {
  const hasTable = db
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!hasTable) return 0;
  const row = db.prepare('SELECT MAX(version) AS v FROM schema_migrations').get() as { v: number | null };
  return row.v ?? 0;
}

/**
 * Applies every migration above the recorded version, up to `target` (default: all), in one transaction.
 * Returns the versions applied. Throws on a gap or duplicate in the list (a programming error).
 */
export function migrate(db: SqliteDatabase, migrations: readonly Migration[], target?: number): number[] {
  const sorted = [...migrations].sort((a, b) => a.version - b.version);
  sorted.forEach((m, i) => {
    if (m.version !== i + 1)
      throw new Error(`migrations must be numbered 1..n without gaps; found ${m.version}`);
  });
  const upTo = target ?? latestVersion(sorted);
  const run = db.transaction(() => {
    db.exec(BOOTSTRAP);
    const from = schemaVersion(db);
    const pending = sorted.filter((m) => m.version > from && m.version <= upTo);
    const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of pending) {
      m.up(db);
      record.run(m.version, m.name, new Date().toISOString());
    }
    return pending.map((m) => m.version);
  });
  return run();
}
