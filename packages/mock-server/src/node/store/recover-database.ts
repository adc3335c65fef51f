/**
 * `--data-dir-recover`: keeps every readable row of a damaged database, never loses the damaged file.
 *
 * 1. copy the damaged file (and its -wal) to `<name>.salvage-<ts>` and fix the copy's header page count
 *    to its real length (a truncated file otherwise fails every read, even of intact pages);
 * 2. create `<name>.recovering-<ts>` at the damaged file's schema version, copy every readable row into
 *    it (rows whose JSON no longer parses are dropped and counted), then migrate it to the newest version;
 * 3. move the damaged file aside as `<name>.corrupt-<ts>` and the fresh file into its place.
 */
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  ftruncateSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { latestVersion, migrate, type Migration, schemaVersion } from './migrations';
import { salvageRows } from './salvage-rows';
import type { SqliteDatabase, SqliteDriver } from './sqlite-driver';
import type { RecoveryReport } from './store-types';

const TABLES = ['tasks', 'uploads', 'deliveries', 'meta'] as const;
/** Columns holding JSON text: a row whose text no longer parses is dropped, not restored half-broken. */
const JSON_COLUMN = 'data';

/** `20261129T101500Z` — sortable, and valid in a file name everywhere. */
export function fileStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/** Salvages `file` as described above and returns what was kept. */
export function recoverDatabase(
  Driver: SqliteDriver,
  file: string,
  migrations: readonly Migration[],
  now: Date = new Date(),
): RecoveryReport {
  const stamp = fileStamp(now);
  const work = `${file}.salvage-${stamp}`;
  const fresh = `${file}.recovering-${stamp}`;
  const movedTo = `${file}.corrupt-${stamp}`;
  const report: RecoveryReport = {
    movedTo,
    kept: { tasks: 0, uploads: 0, deliveries: 0, meta: false },
    dropped: { tasks: 0, uploads: 0, deliveries: 0 },
    skippedRegions: 0,
    fromVersion: 0,
  };

  copyFileSync(file, work);
  if (existsSync(`${file}-wal`)) copyFileSync(`${file}-wal`, `${work}-wal`);
  fixHeaderPageCount(work);
  let source: SqliteDatabase | undefined;
  try {
    source = new Driver(work, { timeout: 0 });
    report.fromVersion = schemaVersion(source);
  } catch {
    report.fromVersion = 0; // not even the schema page reads: nothing to keep
  }

  const target = new Driver(fresh, { timeout: 0 });
  try {
    const version = Math.min(report.fromVersion, latestVersion(migrations));
    migrate(target, migrations, Math.max(version, 1));
    if (source && report.fromVersion > 0) copyReadable(source, target, report);
    migrate(target, migrations);
  } finally {
    target.close();
    source?.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${work}${suffix}`, { force: true });
  }

  renameSync(file, movedTo);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${movedTo}${suffix}`);
  }
  renameSync(fresh, file);
  return report;
}

/** Copies the readable rows of every known table, in one transaction on the fresh file. */
function copyReadable(source: SqliteDatabase, target: SqliteDatabase, report: RecoveryReport): void {
  const copy = target.transaction(() => {
    for (const table of TABLES) {
      let columns: string[];
      try {
        const wanted = new Set(columnsOf(target, table));
        columns = columnsOf(source, table).filter((c) => wanted.has(c));
      } catch {
        report.skippedRegions++;
        continue;
      }
      if (columns.length === 0) continue;
      const insert = target.prepare(
        `INSERT OR IGNORE INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
      );
      for (const row of salvageRows(source, table, columns, () => report.skippedRegions++)) {
        if (columns.includes(JSON_COLUMN) && !parses(row[JSON_COLUMN])) {
          if (table !== 'meta') report.dropped[table]++;
          continue;
        }
        insert.run(...columns.map((c) => row[c]));
        if (table === 'meta') report.kept.meta = true;
        else report.kept[table]++;
      }
    }
  });
  copy();
}

const columnsOf = (db: SqliteDatabase, table: string): string[] =>
  (db.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name);

const parses = (text: unknown): boolean => {
  if (typeof text !== 'string') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

/**
 * Makes the header's page count (bytes 28–31) match the file's real length, cut to whole pages. A
 * truncated file claims pages it no longer has, and SQLite then refuses every read.
 */
function fixHeaderPageCount(path: string): void {
  const header = Buffer.alloc(100);
  const fd = openSync(path, 'r+');
  try {
    if (readSync(fd, header, 0, 100, 0) < 100) return;
    if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return;
    const raw = header.readUInt16BE(16);
    const pageSize = raw === 1 ? 65536 : raw;
    if (pageSize < 512 || (pageSize & (pageSize - 1)) !== 0) return;
    const pages = Math.floor(fstatSync(fd).size / pageSize);
    if (pages < 1) return;
    ftruncateSync(fd, pages * pageSize);
    const count = Buffer.alloc(4);
    count.writeUInt32BE(pages);
    writeSync(fd, count, 0, 4, 28);
  } finally {
    closeSync(fd);
  }
}
