import { mkdtempSync, openSync, readSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, STORE_FILE } from './open-store';
import { StoreClosedError, StoreLockedError, StoreUnavailableError, StoreVersionError } from './store-errors';
import { MIGRATIONS } from './migrations';
import type { Store } from './store-types';

let dir: string;
const opened: Store[] = [];
const open = async (options?: Parameters<typeof openStore>[1]) => {
  const store = await openStore(dir, options);
  opened.push(store);
  return store;
};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-store-'));
});
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  rmSync(dir, { recursive: true, force: true });
});

const task = (id: string, status: string) => ({ id, data: { id, status, progress: '0%', buttons: [] } });

describe('openStore', () => {
  it('loads nothing from a new dir, then everything a commit wrote, after a reopen', async () => {
    const store = await open();
    expect(store.load()).toBeUndefined();
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]);
    store.commit({
      putTasks: [task('b', 'SUBMITTED'), task('a', 'NOT_START')],
      putUploads: [{ id: 'u1', contentType: 'image/png', bytes: png }],
      putDeliveries: [{ id: 'd-1', data: { url: 'http://127.0.0.1:1/hook', attempt: 0 } }],
      meta: { queue: ['a'], running: ['b'], clock: { now: 1_764_000_000_000 } },
    });
    // An update keeps the row's place; a delete removes it.
    store.commit({ putTasks: [task('b', 'SUCCESS')], deleteDeliveries: ['d-1'] });
    store.close();

    const state = (await open()).load()!;
    expect(state.schemaVersion).toBe(MIGRATIONS.length);
    expect(state.tasks).toEqual([task('b', 'SUCCESS'), task('a', 'NOT_START')]);
    expect(state.uploads).toHaveLength(1);
    expect(state.uploads[0]!.contentType).toBe('image/png');
    expect([...state.uploads[0]!.bytes]).toEqual([...png]);
    expect(state.deliveries).toEqual([]);
    expect(state.meta).toEqual({ queue: ['a'], running: ['b'], clock: { now: 1_764_000_000_000 } });
  });

  it('replaceAll empties every table before applying the batch', async () => {
    const store = await open();
    store.commit({ putTasks: [task('a', 'SUCCESS'), task('b', 'SUCCESS')], meta: { n: 1 } });
    store.commit({ replaceAll: true, putTasks: [task('c', 'FAILURE')] });
    const state = store.load()!;
    expect(state.tasks.map((t) => t.id)).toEqual(['c']);
    expect(state.meta).toBeUndefined();
  });

  it('applies a batch all or nothing', async () => {
    const store = await open();
    store.commit({ putTasks: [task('a', 'SUCCESS')] });
    // Fails inside the transaction (NOT NULL on content_type) after the task rows were written.
    const bad = { id: 'u', contentType: null as unknown as string, bytes: new Uint8Array(1) };
    expect(() =>
      store.commit({ putTasks: [task('z', 'SUCCESS')], deleteTasks: ['a'], putUploads: [bad] }),
    ).toThrow(/NOT NULL/);
    // Fails before the transaction: a value with no JSON form.
    expect(() => store.commit({ putTasks: [task('y', 'SUCCESS'), { id: 'x', data: undefined }] })).toThrow(
      'task x is not JSON-serialisable',
    );
    expect(store.load()!.tasks.map((t) => t.id)).toEqual(['a']);
  });

  it('writes a WAL-mode file and holds it exclusively: a second mock on the dir gets a clear error', async () => {
    const store = await open();
    store.commit({ meta: {} });
    const error = await openStore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreLockedError);
    expect((error as Error).message).toContain(join(dir, STORE_FILE));
    store.close();
    // WAL mode is recorded in the header: bytes 18 and 19 are 2.
    const header = Buffer.alloc(20);
    const fd = openSync(join(dir, STORE_FILE), 'r');
    readSync(fd, header, 0, 20, 0);
    closeSync(fd);
    expect([header[18], header[19]]).toEqual([2, 2]);
    expect((await open()).load()!.meta).toEqual({});
  });

  it('refuses use after close', async () => {
    const store = await open();
    store.close();
    store.close();
    expect(() => store.load()).toThrow(StoreClosedError);
    expect(() => store.commit({})).toThrow(StoreClosedError);
  });

  it('names the install command when better-sqlite3 is not installed', async () => {
    const importer = () =>
      Promise.reject(Object.assign(new Error('Cannot find package'), { code: 'ERR_MODULE_NOT_FOUND' }));
    const error = await openStore(dir, { importer }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as StoreUnavailableError).code).toBe('store_unavailable');
    expect((error as Error).message).toContain('npm install better-sqlite3@12');
    expect((error as Error).message).toContain('onlyBuiltDependencies');
  });

  it('refuses a file written by a newer schema', async () => {
    const newer = [...MIGRATIONS, { version: 2, name: 'future', up: () => {} }];
    (await open({ migrations: newer })).close();
    const error = await openStore(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreVersionError);
    expect((error as Error).message).toMatch(/schema version 2, newer than this mjkit knows \(1\)/);
  });
});
