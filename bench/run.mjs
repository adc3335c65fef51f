#!/usr/bin/env node
/**
 * `pnpm bench`: runs the scenarios, prints one table and writes `bench/results/<yyyy-mm-dd>.json`
 * (`<date>-quick.json` for `--quick`). Options: `--quick` (or BENCH_QUICK=1), `--only a,b` (scenarios:
 * http, start, store, running, notify, hang, client), `--out <file>`. Only 127.0.0.1 is used.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { dirname } from 'node:path';
import { ROOT } from './lib/mock-entry.mjs';
import { PINNED, pinSelf } from './lib/pinning.mjs';
import { parseSettings } from './lib/settings.mjs';
import { ratio, round } from './lib/stats.mjs';
import { NOTES } from './lib/notes.mjs';
import { FIGURES, formatTable } from './lib/table.mjs';
import { bigStore } from './scenarios/big-store.mjs';
import { clientSize } from './scenarios/client-size.mjs';
import { coldStart } from './scenarios/cold-start.mjs';
import { compareHttp } from './scenarios/http-compare.mjs';
import { hangingReceiver, notifyThroughput } from './scenarios/notify.mjs';
import { runningTasks } from './scenarios/running-tasks.mjs';

const settings = parseSettings(process.argv.slice(2), process.env);
const log = (line) => console.log(line);
// Read before pinning: availableParallelism() follows this process's CPU affinity.
const cores = availableParallelism();
pinSelf();
const started = performance.now();
const loadStart = loadavg().map((x) => round(x, 2));
/** @type {Record<string, number>} */
const figures = {};
/** @type {Record<string, number>} */
const raw = {};
const errors = [];

/** @type {Record<string, () => Promise<Record<string, any>>>} */
const scenarios = {
  http: async () => {
    const r = await compareHttp(settings, log);
    const x = r.raw;
    const bad = Object.entries(x).filter(([k, v]) => k.includes('_non2xx_') && v > 0);
    if (bad.length > 0)
      errors.push(`http: non-2xx or errors: ${bad.map(([k, v]) => `${k}=${v}`).join(', ')}`);
    Object.assign(raw, {
      task_bytes: r.taskBytes,
      imagine_body_bytes: r.imagineBytes,
      imagine_accepted_share: r.acceptedShare,
    });
    for (const [name, mb] of Object.entries(r.rssMb)) raw[`rss_mb_after_http_${name}`] = mb;
    return {
      fetch_vs_express: ratio(x.fetch_rps_mock, x.fetch_rps_express),
      fetch_vs_prism: ratio(x.fetch_rps_mock, x.fetch_rps_prism),
      fetch_vs_bare: ratio(x.fetch_rps_mock, x.fetch_rps_bare),
      imagine_vs_express: ratio(x.imagine_rps_mock, x.imagine_rps_express),
      imagine_vs_prism: ratio(x.imagine_rps_mock, x.imagine_rps_prism),
      raw: x,
    };
  },
  start: async () => {
    const { raw: x } = await coldStart(settings, log);
    return { start_ms: x.start_ms_mock, start_vs_prism: ratio(x.start_ms_prism, x.start_ms_mock), raw: x };
  },
  store: () => bigStore(settings, log),
  running: () => runningTasks(settings, log),
  notify: () => notifyThroughput(settings, log),
  hang: () => hangingReceiver(settings, log),
  client: () => clientSize(log),
};

for (const name of settings.only) {
  const t0 = performance.now();
  log(`▶ ${name}`);
  try {
    const { raw: extra, ...main } = await scenarios[name]();
    Object.assign(figures, main);
    Object.assign(raw, extra);
  } catch (e) {
    errors.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
    log(`  ✖ ${name} failed: ${errors.at(-1)}`);
  }
  raw[`scenario_seconds_${name}`] = round((performance.now() - t0) / 1000, 1);
}

const date = new Date().toISOString().slice(0, 10);
const out = settings.out ?? `${ROOT}bench/results/${date}${settings.quick ? '-quick' : ''}.json`;
const missing =
  settings.only.length === 7 ? FIGURES.map(([k]) => k).filter((k) => !Number.isFinite(figures[k])) : [];
const result = {
  date: new Date().toISOString(),
  quick: settings.quick,
  scenarios: settings.only,
  ...Object.fromEntries(FIGURES.map(([k]) => [k, figures[k] ?? null])),
  raw,
  machine: {
    node: process.version,
    cpu: cpus()[0]?.model ?? 'unknown',
    cores,
    memory_gib: round(totalmem() / 2 ** 30, 1),
    pinned: PINNED ? 'servers on core 0, load generator and receivers on core 1 (taskset)' : 'not pinned',
    load_average_start: loadStart,
    load_average_end: loadavg().map((x) => round(x, 2)),
    seconds: round((performance.now() - started) / 1000, 1),
  },
  notes: NOTES,
  errors,
};
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
console.log(
  `\n${formatTable(figures)}\n\nload average ${loadStart.join(' ')} → ${result.machine.load_average_end.join(' ')}; ${result.machine.seconds} s; wrote ${out}`,
);
if (errors.length > 0 || missing.length > 0) {
  console.error(
    `bench: ${errors.length} scenario(s) failed${missing.length ? `; no number for ${missing.join(', ')}` : ''}`,
  );
  process.exitCode = 1;
}
