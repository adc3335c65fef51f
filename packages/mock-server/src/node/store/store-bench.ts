/**
 * Measures the `--data-dir` store (figures in docs/persistence.md and docs/decisions/0003):
 *   pnpm --filter @mjkit/mock-server exec tsx src/node/store/store-bench.ts [tasks=100000]
 * Bounded: at most `tasks` rows (default 100 000, ~0.15 GB temp file), removed at the end.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore, STORE_FILE } from './open-store';

/** A task record shaped like the engine's (task with 9 buttons, timeline, media plan): ~2 kB of JSON. */
export function benchRecord(i: number) {
  const id = String(1_764_000_000_000_000 + i);
  const hash = `${(i * 2654435761) % 2 ** 32}`.padStart(10, '0');
  const button = (label: string, n: number) => ({
    customId: `MJ::JOB::${label.toLowerCase()}::${n}::${hash}`,
    emoji: '',
    label: `${label}${n}`,
    type: 2,
    style: 2,
  });
  return {
    task: {
      id,
      action: 'IMAGINE',
      status: 'SUCCESS',
      prompt: `bench task ${i}, a lighthouse on a cliff at dawn, volumetric light --ar 16:9 --v 7`,
      promptEn: `bench task ${i}, a lighthouse on a cliff at dawn, volumetric light --ar 16:9 --v 7`,
      description: '/imagine bench',
      state: null,
      submitTime: 1_764_000_000_000 + i,
      startTime: 1_764_000_000_500 + i,
      finishTime: 1_764_000_010_000 + i,
      imageUrl: `/cdn/attachments/${id}/grid_${hash}.png`,
      progress: '100%',
      failReason: null,
      buttons: [1, 2, 3, 4].flatMap((n) => [button('U', n), button('V', n)]).concat(button('reroll', 0)),
      properties: {
        finalPrompt: 'a lighthouse on a cliff at dawn',
        messageHash: hash,
        discordInstanceId: '1',
      },
    },
    owner: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0',
    refs: [],
    product: 'grid',
    media: { layout: 'grid', width: 1024, height: 1024, palette: [1, 2, 3], inputs: [], seed: i },
    hash,
    durationMs: 10_000,
    end: { status: 'SUCCESS' },
    timeline: [10, 23, 37, 52, 68, 85].map((p, k) => ({ at: 1000 + k * 1400, progress: `${p}%` })),
    step: 6,
    gen: 7,
  };
}

const meta = (n: number) => ({
  queue: [],
  running: [],
  clock: { mode: 'real', now: n },
  random: n,
  lastId: String(n),
});

/** Wall and CPU (user + system) ms of `fn`: on a shared, loaded machine CPU time is the steadier figure. */
async function measure<T>(fn: () => T | Promise<T>): Promise<{ wall: number; cpu: number; value: T }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await fn();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wall, cpu: (c.user + c.system) / 1000, value };
}

async function timeCommits(dir: string, synchronous: 'NORMAL' | 'FULL', commits: number, perBatch: number) {
  const store = await openStore(dir, { synchronous });
  const batches = Array.from({ length: commits }, (_, c) =>
    Array.from({ length: perBatch }, (_, k) => ({
      id: String(c * perBatch + k),
      data: benchRecord(c * perBatch + k),
    })),
  );
  const { wall, cpu } = await measure(() => {
    for (const [c, putTasks] of batches.entries()) store.commit({ putTasks, meta: meta(c) });
  });
  store.close();
  const per = (x: number, n: number) => (x / n).toFixed(3);
  return {
    wall,
    line: `${per(wall, commits)} ms/commit wall (${per(cpu, commits)} CPU), ${per(wall, commits * perBatch)} ms/task`,
  };
}

async function main() {
  const rows = Number(process.argv[2] ?? 100_000);
  const root = mkdtempSync(join(tmpdir(), 'mjkit-store-bench-'));
  const fresh = (name: string) => join(root, name);
  const out: string[] = [];
  const ms = (m: { wall: number; cpu: number }) =>
    `${m.wall.toFixed(0)} ms wall (${m.cpu.toFixed(0)} ms CPU)`;
  try {
    out.push(`record JSON: ${JSON.stringify(benchRecord(1)).length} bytes`);
    for (const sync of ['NORMAL', 'FULL'] as const) {
      const single = await timeCommits(fresh(`single-${sync}`), sync, sync === 'FULL' ? 2_000 : 10_000, 1);
      out.push(`${sync}: 1-task commits: ${single.line}`);
      const batch = await timeCommits(fresh(`batch-${sync}`), sync, 100, 100);
      out.push(`${sync}: 100-task commits: ${batch.line}`);
    }

    const big = fresh('big');
    const write = await timeCommits(big, 'NORMAL', rows / 1000, 1000);
    out.push(`${rows} rows written in 1000-task commits: ${write.wall.toFixed(0)} ms wall`);
    out.push(`file: ${(statSync(join(big, STORE_FILE)).size / 1e6).toFixed(1)} MB`);
    for (const check of [true, false]) {
      const open = await measure(() => openStore(big, { check }));
      const load = await measure(() => open.value.load()!);
      open.value.close();
      out.push(
        `open (quick_check ${check ? 'on' : 'off'}) ${ms(open)} + load ${load.value.tasks.length} rows ${ms(load)}`,
      );
    }
    const snapshotBytes = JSON.stringify(Array.from({ length: rows }, (_, i) => benchRecord(i))).length;
    out.push(`the same ${rows} records as one JSON snapshot: ${(snapshotBytes / 1e6).toFixed(1)} MB`);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  console.log(out.join('\n'));
}

if (process.argv[1]?.endsWith('store-bench.ts')) await main();
