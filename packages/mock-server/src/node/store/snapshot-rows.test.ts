import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SnapshotDocument } from '../../fixtures/snapshot-document';
import { openStore } from './open-store';
import { type SnapshotStore, snapshotMeta, snapshotToBatch, stateToSnapshot } from './snapshot-rows';

const open = (): Promise<SnapshotStore> => openStore(dir);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-snaprows-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const record = (id: string, status: string) => ({
  task: { id, status, buttons: [{ label: 'U1' }] },
  owner: null,
  step: 2,
});

/** The rewrite's MockSnapshot v1 has more engine fields than persistence names; a few of them. */
type TestSnapshot = SnapshotDocument & {
  engine: SnapshotDocument['engine'] & { queue: string[]; running: string[]; random: number; lastId: string };
};

/** A snapshot shaped like the rewrite's MockSnapshot v1. */
const snapshot = (): TestSnapshot => ({
  version: 1,
  engine: {
    version: 1,
    tasks: [record('1764000000000003', 'SUCCESS'), record('1764000000000001', 'IN_PROGRESS')],
    queue: ['1764000000000002'],
    running: ['1764000000000001'],
    random: 123456789,
    lastId: '1764000000000003',
  },
  clock: { mode: 'real', now: 1_764_000_100_000, speed: 1 },
  journals: { requests: [{ method: 'POST', path: '/mj/submit/imagine', status: 200 }], notifications: [] },
  uploads: [
    {
      name: 'a1b2.png',
      contentType: 'image/png',
      base64: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 255]).toString('base64'),
    },
  ],
  deliveries: [{ id: '1764000000000001:SUCCESS', taskId: '1764000000000001', attempts: 1 } as { id: string }],
});

describe('snapshot rows', () => {
  it('round-trips a snapshot through the store, byte for byte, across a reopen', async () => {
    const original = snapshot();
    const store = await open();
    expect(stateToSnapshot<TestSnapshot>(store.load())).toBeUndefined();
    store.commit(snapshotToBatch(original));
    store.close();

    const reopened = await open();
    expect(stateToSnapshot<TestSnapshot>(reopened.load())).toEqual(original);
    reopened.close();
  });

  it('keeps one row per task, so a change batch rewrites only what changed', async () => {
    const store = await open();
    const original = snapshot();
    store.commit(snapshotToBatch(original));
    const finished = record('1764000000000001', 'SUCCESS');
    const next = { ...original, engine: { ...original.engine, running: [], lastId: 'x' } };
    store.commit({ putTasks: [{ id: finished.task.id, data: finished }], meta: snapshotMeta(next) });
    const restored = stateToSnapshot<TestSnapshot>(store.load())!;
    expect(restored.engine.tasks).toEqual([original.engine.tasks[0], finished]);
    expect(restored.engine.running).toEqual([]);
    expect(restored.uploads).toEqual(original.uploads);
    store.close();
  });

  it('replacing with a smaller snapshot drops the rows it no longer has', async () => {
    const store = await open();
    store.commit(snapshotToBatch(snapshot()));
    const empty = { ...snapshot(), uploads: [], deliveries: [] };
    empty.engine = { ...empty.engine, tasks: [] };
    store.commit(snapshotToBatch(empty));
    expect(stateToSnapshot<TestSnapshot>(store.load())).toEqual(empty);
    store.close();
  });
});
