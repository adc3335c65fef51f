#!/usr/bin/env node
/**
 * Load invariants (issue #12): N concurrent imagine submits against a spawned mock on 127.0.0.1 (manual
 * clock, pool 3, queue 10), in rounds. Checks: no 5xx; the pool and the queue are respected (running ≤
 * 3, queued ≤ 10 after every burst); nothing lost (every accepted task — code 1 or 22 — reaches SUCCESS
 * after the clock moves; every refusal is code 23 and creates no task). Prints its figures as JSON.
 *   node scripts/load-invariants.mjs            1 000 concurrent submits × 5 rounds
 *   node scripts/load-invariants.mjs --smoke    100 × 2 (seconds, for CI)
 * Exit code 1 when an invariant breaks.
 */
import { percentile, postJson, spawnMock } from './spawn-mock.mjs';

const smoke = process.argv.includes('--smoke');
const burst = smoke ? 100 : 1_000;
const rounds = smoke ? 2 : 5;
const pool = { concurrency: 3, queueSize: 10 };

const mock = await spawnMock({ config: pool });
const failures = [];
const statuses = {};
const codes = {};
const latencies = [];
const accepted = [];
const rssStart = mock.rssMb();
const started = performance.now();
try {
  for (let round = 0; round < rounds; round++) {
    const replies = await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        postJson(`${mock.url}/mj/submit/imagine`, { prompt: `load ${round}-${i}` }),
      ),
    );
    for (const r of replies) {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      codes[r.json?.code] = (codes[r.json?.code] ?? 0) + 1;
      latencies.push(r.ms);
      if (r.status >= 500) failures.push(`HTTP ${r.status}`);
      if (r.json?.code === 1 || r.json?.code === 22) accepted.push(r.json.result);
      else if (r.json?.code !== 23) failures.push(`unexpected answer ${r.status} ${JSON.stringify(r.json)}`);
    }
    const state = await (await fetch(`${mock.url}/__mock/state`)).json();
    if (state.running > pool.concurrency) failures.push(`running ${state.running} > ${pool.concurrency}`);
    if (state.queued > pool.queueSize) failures.push(`queued ${state.queued} > ${pool.queueSize}`);
    // Let every accepted task finish before the next burst.
    for (let i = 0; i < 6; i++) await postJson(`${mock.url}/__mock/clock/advance`, { ms: 60_000 });
  }
  const lost = [];
  for (const id of accepted) {
    const task = await (await fetch(`${mock.url}/mj/task/${id}/fetch`)).json();
    if (task.status !== 'SUCCESS') lost.push(`${id}:${task.status ?? task.description}`);
  }
  if (lost.length > 0)
    failures.push(`${lost.length} accepted tasks not SUCCESS: ${lost.slice(0, 5).join(', ')}`);
  const state = await (await fetch(`${mock.url}/__mock/state`)).json();
  const stored = Object.values(state.counts ?? {}).reduce((n, v) => n + v, 0);
  // The one extra task is none: only accepted submits may create tasks.
  if (stored !== accepted.length) failures.push(`stored tasks ${stored} ≠ accepted ${accepted.length}`);
} finally {
  const exited = mock.exited();
  if (exited !== null) failures.push(`mock exited with ${exited}`);
  const figures = {
    script: 'load-invariants',
    mode: smoke ? 'smoke' : 'full',
    submits: burst * rounds,
    concurrent: burst,
    rounds,
    statuses,
    codes,
    accepted: accepted.length,
    latencyMs: {
      p50: Math.round(percentile(latencies, 50)),
      p99: Math.round(percentile(latencies, 99)),
      max: Math.round(Math.max(...latencies)),
    },
    rssMb: { start: rssStart, end: mock.rssMb() },
    wallMs: Math.round(performance.now() - started),
    failures,
  };
  console.log(JSON.stringify(figures, null, 2));
  await mock.stop();
  process.exitCode = failures.length > 0 ? 1 : 0;
}
