/**
 * Figures of `--data-dir` (issue #17, docs/persistence.md): the write cost per submit (imagine through
 * the fetch handler, with and without a data dir) and the restart time with N stored tasks.
 * Run: `pnpm --filter @mjkit/mock-server exec node --conditions=@mjkit/source --import tsx
 *   src/node/persistence-bench.ts [tasks=100000] [submits=2000]`
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cpuUsage } from 'node:process';
import { createFetchHandler } from '../adapters/fetch-handler';
import { createMock, type Mock } from '../mock/create-mock';
import { openPersistence } from './persistence';
import { metaOf, type PersistedJournals, type PersistedMeta, snapshotOf } from './persistence-state';
import type { TaskRecord } from '../engine/task-record';
import type { PendingDelivery } from '../mock/mock-snapshot';
import { openStore } from './store/open-store';

const tasks = Number(process.argv[2] ?? 100_000);
const submits = Number(process.argv[3] ?? 2_000);

const newMock = () =>
  createMock({
    clock: 'manual',
    config: { imageSize: 64, concurrency: 3, queueSize: submits + 10 },
    limits: { maxTasks: Math.max(tasks, submits) + 10 },
  });

/** Wall and CPU ms of `fn`. */
async function measure(fn: () => unknown): Promise<{ wall: number; cpu: number }> {
  const cpu0 = cpuUsage();
  const t0 = performance.now();
  await fn();
  const cpu = cpuUsage(cpu0);
  return { wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 };
}

async function submitAll(mock: Mock) {
  const handle = createFetchHandler(mock, { validateResponses: false });
  for (let i = 0; i < submits; i++) {
    const res = await handle(
      new Request('http://bench.test/mj/submit/imagine', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: `bench ${i}`, notifyHook: 'http://127.0.0.1:9/hook' }),
      }),
    );
    await res.arrayBuffer();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mjkit-persist-bench-'));
try {
  // 1. Write cost per submit: the same submits in memory, then with a data dir.
  const plain = newMock();
  plain.stop(); // no deliveries leave: the hook URL is unreachable on purpose
  const memory = await measure(() => submitAll(plain));
  const persisted = newMock();
  persisted.stop();
  const p1 = await openPersistence(persisted, { dataDir: join(dir, 'submits') });
  const disk = await measure(() => submitAll(persisted));
  p1.close();
  const per = (m: { wall: number; cpu: number }) => ({
    wall: (m.wall / submits).toFixed(3),
    cpu: (m.cpu / submits).toFixed(3),
  });
  console.log(
    `submit (${submits}): memory ${JSON.stringify(per(memory))} ms, data dir ${JSON.stringify(per(disk))} ms`,
  );

  // 2. Restart with N tasks: seed N finished tasks, write them in one replace, then time a fresh start.
  const source = newMock();
  for (let i = 0; i < tasks; i++) source.engine.seed({ status: 'SUCCESS', prompt: `stored ${i}` });
  const snapshot = source.snapshot();
  const writer = newMock();
  const p2 = await openPersistence(writer, { dataDir: join(dir, 'restart') });
  const write = await measure(() => writer.restore(snapshot));
  p2.close();
  const size = statSync(join(dir, 'restart', 'mjkit-mock.sqlite')).size;
  console.log(
    `write ${tasks} tasks in one transaction: ${write.wall.toFixed(0)} ms wall, ${write.cpu.toFixed(0)} ms CPU; file ${(size / 1e6).toFixed(1)} MB`,
  );
  for (const run of [1, 2]) {
    const reader = newMock();
    let restored = 0;
    const open = await measure(async () => {
      const p = await openPersistence(reader, { dataDir: join(dir, 'restart') });
      restored = p.restored?.tasks ?? 0;
      p.close();
    });
    console.log(
      `restart ${run} with ${restored} tasks (open + quick_check + load + restore): ${open.wall.toFixed(0)} ms wall, ${open.cpu.toFixed(0)} ms CPU`,
    );
  }
  // 3. Where a restart's time goes.
  const reader = newMock();
  const phases: Record<string, number> = {};
  const phase = async (name: string, fn: () => unknown) => {
    phases[name] = Math.round((await measure(fn)).cpu);
  };
  let store: Awaited<
    ReturnType<typeof openStore<TaskRecord, PersistedMeta, PendingDelivery, PersistedJournals>>
  >;
  let state: ReturnType<typeof store.load>;
  let restoredSnapshot: ReturnType<typeof snapshotOf>;
  await phase('open + quick_check', async () => {
    store = await openStore(join(dir, 'restart'));
  });
  await phase('load (SQL + JSON.parse)', () => {
    state = store.load();
  });
  await phase('rows → snapshot', () => {
    restoredSnapshot = snapshotOf(state, () => metaOf(reader, Date.now()));
  });
  // The copying restore first (it leaves the snapshot as it is), then what a restart does: adopt.
  await phase('mock.restore (deep copy)', () => reader.restore(restoredSnapshot!));
  await phase('mock.restore', () => reader.restore(restoredSnapshot!, { adopt: true }));
  store!.close();
  console.log(`restart phases, CPU ms: ${JSON.stringify(phases)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
