import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Migration, MIGRATIONS, migrate, schemaVersion } from './migrations';
import { openStore, STORE_FILE } from './open-store';
import { loadSqliteDriver, type SqliteDatabase } from './sqlite-driver';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A fake second release: a status column filled from the JSON, as a real migration might add. */
const v2: Migration = {
  version: 2,
  name: 'tasks.status column',
  up(db) {
    db.exec(
      "ALTER TABLE tasks ADD COLUMN status TEXT; UPDATE tasks SET status = json_extract(data, '$.status');",
    );
  },
};

const raw = async (fn: (db: SqliteDatabase) => void) => {
  const Driver = await loadSqliteDriver();
  const db = new Driver(join(dir, STORE_FILE));
  try {
    fn(db);
  } finally {
    db.close();
  }
};

describe('migrations', () => {
  it('upgrades a v1 file to v2 on open, keeping its rows', async () => {
    const v1 = await openStore(dir);
    v1.commit({
      putTasks: [
        { id: '1', data: { status: 'SUCCESS' } },
        { id: '2', data: { status: 'MODAL' } },
      ],
    });
    v1.close();

    const upgraded = await openStore(dir, { migrations: [...MIGRATIONS, v2] });
    expect(upgraded.load()!.schemaVersion).toBe(2);
    expect(upgraded.load()!.tasks.map((t) => t.id)).toEqual(['1', '2']);
    upgraded.close();
    await raw((db) => {
      expect(db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all()).toEqual([
        { version: 1, name: MIGRATIONS[0]!.name },
        { version: 2, name: 'tasks.status column' },
      ]);
      expect(db.prepare('SELECT id, status FROM tasks ORDER BY rowid').all()).toEqual([
        { id: '1', status: 'SUCCESS' },
        { id: '2', status: 'MODAL' },
      ]);
    });
  });

  it('runs pending migrations in one transaction: a failing one leaves the old version intact', async () => {
    (await openStore(dir)).close();
    const broken: Migration = {
      version: 3,
      name: 'fails half way',
      up(db) {
        db.exec('CREATE TABLE half (x)');
        throw new Error('boom');
      },
    };
    await expect(openStore(dir, { migrations: [...MIGRATIONS, v2, broken] })).rejects.toThrow('boom');
    await raw((db) => {
      expect(schemaVersion(db)).toBe(1);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE name = 'half'").get()).toBeUndefined();
      // v2 ran in the same transaction as the failing v3, so it was rolled back too.
      const columns = db.prepare("SELECT name FROM pragma_table_info('tasks')").all();
      expect(columns).toEqual([{ name: 'id' }, { name: 'data' }]);
    });
  });

  it('rejects a list with a gap', async () => {
    await raw((db) => {
      expect(() => migrate(db, [MIGRATIONS[0]!, { ...v2, version: 3 }])).toThrow(/without gaps; found 3/);
      expect(migrate(db, MIGRATIONS)).toEqual([1]);
      expect(migrate(db, MIGRATIONS)).toEqual([]);
    });
  });
});
