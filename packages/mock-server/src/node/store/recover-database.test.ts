import {
  mkdtempSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, STORE_FILE } from './open-store';
import { StoreCorruptError } from './store-errors';
import type { Store } from './store-types';

let dir: string;
let file: string;
const opened: Store[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-recover-'));
  file = join(dir, STORE_FILE);
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const TASKS = 2000;
const taskData = (i: number) => ({ n: i, status: 'SUCCESS', prompt: `task ${i} ${'x'.repeat(300)}` });

/** A closed store with 2 000 tasks (~700 kB), 3 uploads, a delivery and meta. */
async function writeStore(): Promise<void> {
  const store = await openStore(dir);
  store.commit({
    putTasks: Array.from({ length: TASKS }, (_, i) => ({ id: `t${i}`, data: taskData(i) })),
    putUploads: [1, 2, 3].map((i) => ({
      id: `u${i}`,
      contentType: 'image/png',
      bytes: new Uint8Array(i * 10).fill(i),
    })),
    putDeliveries: [{ id: 'd1', data: { taskId: 't1' } }],
    meta: { clock: 42 },
  });
  store.close();
}

const openFailure = (recover = false) =>
  openStore(dir, { recover }).then(
    (store) => {
      opened.push(store);
      return store;
    },
    (error: unknown) => error,
  );

describe('a damaged data file', () => {
  it('is refused with a clear error naming the file and the choices, untouched', async () => {
    await writeStore();
    const cut = Math.floor(statSync(file).size * 0.6);
    truncateSync(file, cut);
    const error = await openFailure();
    expect(error).toBeInstanceOf(StoreCorruptError);
    const message = (error as Error).message;
    expect(message).toContain(`The mock's data file ${file} is damaged (SQLITE_CORRUPT`);
    expect(message).toContain('--data-dir-recover');
    expect(message).toContain(`${file}.corrupt-<timestamp>`);
    expect(statSync(file).size).toBe(cut);
    expect(readdirSync(dir)).toEqual([STORE_FILE]);
  });

  it('with recover: keeps every readable row, intact, and moves the damaged file aside', async () => {
    await writeStore();
    const cut = Math.floor(statSync(file).size * 0.6);
    truncateSync(file, cut);
    const store = (await openFailure(true)) as Store;
    const report = store.recovery!;
    expect(report.movedTo).toMatch(/mjkit-mock\.sqlite\.corrupt-\d{8}T\d{6}Z$/);
    expect(statSync(report.movedTo).size).toBe(cut);
    expect(report.fromVersion).toBe(1);
    // Rows live in file order, so a cut at 60 % keeps roughly the first half of the tasks.
    expect(report.kept.tasks).toBeGreaterThan(TASKS * 0.4);
    expect(report.kept.tasks).toBeLessThan(TASKS);
    const state = store.load()!;
    expect(state.tasks).toHaveLength(report.kept.tasks);
    for (const t of state.tasks) expect(t.data).toEqual(taskData(Number(t.id.slice(1))));
    const files = readdirSync(dir).filter((f) => !f.endsWith('-wal'));
    expect(files.sort()).toEqual([STORE_FILE, report.movedTo.slice(dir.length + 1)].sort());
    // The fresh file is a normal store again.
    store.commit({ putTasks: [{ id: 'new', data: {} }] });
    expect(store.load()!.tasks.at(-1)!.id).toBe('new');
  });

  it('with recover: steps over a damaged page in the middle and keeps rows on both sides', async () => {
    await writeStore();
    const size = statSync(file).size;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0xa5), 0, 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    expect(await openFailure()).toBeInstanceOf(StoreCorruptError);

    const store = (await openFailure(true)) as Store;
    const report = store.recovery!;
    const kept = store
      .load()!
      .tasks.map((t) => Number(t.id.slice(1)))
      .sort((a, b) => a - b);
    const firstLost = kept.findIndex((n, i) => n !== i);
    expect(firstLost).toBeGreaterThan(0);
    expect(kept.at(-1)).toBe(TASKS - 1);
    expect(report.kept.tasks).toBe(kept.length);
    expect(kept.length).toBeGreaterThan(TASKS * 0.9);
    expect(report.skippedRegions).toBeGreaterThan(0);
    expect(report.kept.uploads + report.kept.deliveries).toBeGreaterThan(0);
  });

  it('with recover: a file that is not a database keeps nothing, and is still moved aside', async () => {
    writeFileSync(file, 'not a database '.repeat(500));
    expect(await openFailure()).toBeInstanceOf(StoreCorruptError);
    const store = (await openFailure(true)) as Store;
    expect(store.recovery!.kept).toEqual({ tasks: 0, uploads: 0, deliveries: 0, meta: false });
    expect(store.recovery!.fromVersion).toBe(0);
    expect(statSync(store.recovery!.movedTo).size).toBe(15 * 500);
    expect(store.load()).toBeUndefined();
  });
});
