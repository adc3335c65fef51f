/**
 * The `Store` over one open, migrated SQLite connection: prepared statements, one transaction per
 * batch, rows read back in first-insertion order.
 */
import { isCorruptionError, StoreClosedError, StoreCorruptError } from './store-errors';
import type {
  PersistedState,
  RecoveryReport,
  Store,
  StoreBatch,
  StoredRow,
  StoredUpload,
} from './store-types';
import type { SqliteDatabase } from './sqlite-driver';
import { schemaVersion } from './migrations';

const upsert = (table: string, columns: string[]) =>
  `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
  `ON CONFLICT(${columns[0]}) DO UPDATE SET ${columns
    .slice(1)
    .map((c) => `${c} = excluded.${c}`)
    .join(', ')}`;

/** JSON text of a value, or a TypeError naming it (undefined, functions and symbols have no JSON form). */
function toJson(what: string, value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) throw new TypeError(`${what} is not JSON-serialisable`);
  return text;
}

/** Binds bytes as a BLOB without copying them (the driver binds Buffers only). */
const asBlob = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** Wraps a migrated connection as a `Store`; `recovery` is what `--data-dir-recover` salvaged, if anything. */
export function createSqliteStore(db: SqliteDatabase, file: string, recovery?: RecoveryReport): Store {
  const s = {
    putTask: db.prepare(upsert('tasks', ['id', 'data'])),
    deleteTask: db.prepare('DELETE FROM tasks WHERE id = ?'),
    putUpload: db.prepare(upsert('uploads', ['id', 'content_type', 'bytes'])),
    deleteUpload: db.prepare('DELETE FROM uploads WHERE id = ?'),
    putDelivery: db.prepare(upsert('deliveries', ['id', 'data'])),
    deleteDelivery: db.prepare('DELETE FROM deliveries WHERE id = ?'),
    putMeta: db.prepare(upsert('meta', ['key', 'data'])),
    tasks: db.prepare('SELECT id, data FROM tasks ORDER BY rowid'),
    uploads: db.prepare('SELECT id, content_type, bytes FROM uploads ORDER BY rowid'),
    deliveries: db.prepare('SELECT id, data FROM deliveries ORDER BY rowid'),
    meta: db.prepare('SELECT data FROM meta WHERE key = ?'),
  };
  let open = true;

  type Encoded = {
    tasks: [string, string][];
    deliveries: [string, string][];
    meta: string | undefined;
    journals: string | undefined;
  };
  const apply = db.transaction((batch: StoreBatch, enc: Encoded) => {
    if (batch.replaceAll)
      db.exec('DELETE FROM tasks; DELETE FROM uploads; DELETE FROM deliveries; DELETE FROM meta;');
    for (const id of batch.deleteTasks ?? []) s.deleteTask.run(id);
    for (const [id, data] of enc.tasks) s.putTask.run(id, data);
    for (const id of batch.deleteUploads ?? []) s.deleteUpload.run(id);
    for (const u of batch.putUploads ?? []) s.putUpload.run(u.id, u.contentType, asBlob(u.bytes));
    for (const id of batch.deleteDeliveries ?? []) s.deleteDelivery.run(id);
    for (const [id, data] of enc.deliveries) s.putDelivery.run(id, data);
    if (enc.meta !== undefined) s.putMeta.run('state', enc.meta);
    if (enc.journals !== undefined) s.putMeta.run('journals', enc.journals);
  });

  const parseRows = (table: string, rows: unknown[]): StoredRow[] =>
    (rows as { id: string; data: string }[]).map((r) => {
      try {
        return { id: r.id, data: JSON.parse(r.data) as unknown };
      } catch (error) {
        throw new StoreCorruptError(file, `${table} row ${JSON.stringify(r.id)} is not valid JSON`, error);
      }
    });

  const ensureOpen = () => {
    if (!open) throw new StoreClosedError(file);
  };

  return {
    file,
    recovery,
    load() {
      ensureOpen();
      try {
        const metaRow = s.meta.get('state') as { data: string } | undefined;
        const journalsRow = s.meta.get('journals') as { data: string } | undefined;
        const tasks = parseRows('tasks', s.tasks.all());
        const deliveries = parseRows('deliveries', s.deliveries.all());
        const uploads = (s.uploads.all() as { id: string; content_type: string; bytes: Buffer }[]).map(
          (u): StoredUpload => ({ id: u.id, contentType: u.content_type, bytes: u.bytes }),
        );
        const meta = metaRow ? parseRows('meta', [{ id: 'state', data: metaRow.data }])[0]?.data : undefined;
        const journals = journalsRow
          ? parseRows('meta', [{ id: 'journals', data: journalsRow.data }])[0]?.data
          : undefined;
        if (!metaRow && tasks.length === 0 && uploads.length === 0 && deliveries.length === 0)
          return undefined;
        const version = schemaVersion(db);
        const state: PersistedState = { schemaVersion: version, tasks, uploads, deliveries, meta, journals };
        return state;
      } catch (error) {
        if (isCorruptionError(error)) throw new StoreCorruptError(file, describe(error), error);
        throw error;
      }
    },
    commit(batch) {
      ensureOpen();
      // Encode before BEGIN: a value without a JSON form fails the call and leaves the file untouched.
      const enc: Encoded = {
        tasks: (batch.putTasks ?? []).map((t) => [t.id, toJson(`task ${t.id}`, t.data)]),
        deliveries: (batch.putDeliveries ?? []).map((d) => [d.id, toJson(`delivery ${d.id}`, d.data)]),
        meta: batch.meta !== undefined ? toJson('meta', batch.meta) : undefined,
        journals: batch.journals !== undefined ? toJson('journals', batch.journals) : undefined,
      };
      try {
        apply(batch, enc);
      } catch (error) {
        if (isCorruptionError(error)) throw new StoreCorruptError(file, describe(error), error);
        throw error;
      }
    },
    close() {
      if (!open) return;
      open = false;
      db.close();
    },
  };
}

/** `SQLITE_CORRUPT: database disk image is malformed`. */
export function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}
