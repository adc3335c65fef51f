/**
 * Memory and fetch latency with a large store: the mock's RSS after seeding `storeTasks` SUCCESS
 * imagines through `POST /__mock/tasks`, and fetch p99 against the same mock before and after. The
 * CLI keeps at most 10 000 tasks (oldest finished evicted), so the mock measured here is
 * `startMockServer` with `limits.maxTasks` = `storeTasks` (bench/servers/mock-max-tasks.mjs).
 */
import { callOk } from '../lib/http.mjs';
import { load } from '../lib/load.mjs';
import { ROOT } from '../lib/mock-entry.mjs';
import { startServer } from '../lib/spawn-server.mjs';
import { median, ratio, round } from '../lib/stats.mjs';

/**
 * @param {string} url
 * @param {{rounds: number, seconds: number}} settings
 */
async function fetchRounds(url, settings) {
  const rs = [];
  for (let r = 0; r < settings.rounds; r++) rs.push(await load({ url, seconds: settings.seconds }));
  return { rps: median(rs.map((x) => x.rps)), p99: median(rs.map((x) => x.p99)) };
}

/**
 * @param {{rounds: number, seconds: number, warmupSeconds: number, storeTasks: number}} settings
 * @param {(line: string) => void} log
 */
export async function bigStore(settings, log) {
  const mock = await startServer({
    name: 'mock-max-tasks',
    argv: (port) => [
      process.execPath,
      `${ROOT}bench/servers/mock-max-tasks.mjs`,
      String(port),
      String(settings.storeTasks),
    ],
    readyPath: '/__mock/state',
  });
  try {
    const seeded = await callOk(`${mock.url}/__mock/tasks`, { body: { prompt: 'a lighthouse --v 7' } });
    const url = `${mock.url}/mj/task/${seeded.json.id}/fetch`;
    await load({ url, seconds: settings.warmupSeconds });
    const empty = await fetchRounds(url, settings);
    const rssEmpty = mock.rssMb();
    log(
      `  store 1: fetch ${Math.round(empty.rps)} req/s p99 ${empty.p99} ms, RSS ${rssEmpty.toFixed(0)} MiB`,
    );
    const started = performance.now();
    const seeding = await load({
      url: `${mock.url}/__mock/tasks`,
      method: 'POST',
      body: JSON.stringify({ prompt: 'a seeded lighthouse at dusk --v 7', state: 'bench' }),
      amount: settings.storeTasks,
      connections: 20,
    });
    const seedSeconds = (performance.now() - started) / 1000;
    const state = (await callOk(`${mock.url}/__mock/state`)).json;
    const stored = Object.values(/** @type {Record<string, number>} */ (state.counts)).reduce(
      (a, b) => a + b,
      0,
    );
    const rssFull = mock.rssMb();
    const full = await fetchRounds(url, settings);
    log(
      `  store ${stored}: seeded in ${seedSeconds.toFixed(1)} s, RSS ${rssFull.toFixed(0)} MiB, fetch ${Math.round(full.rps)} req/s p99 ${full.p99} ms`,
    );
    if (stored < settings.storeTasks)
      throw new Error(`only ${stored} of ${settings.storeTasks} tasks stored (${seeding.non2xx} non-2xx)`);
    return {
      rss_mb_100k: round(rssFull, 1),
      fetch_p99_ratio_100k: ratio(full.p99, empty.p99),
      raw: {
        store_tasks: stored,
        store_seed_seconds: round(seedSeconds, 1),
        rss_mb_store_empty: round(rssEmpty, 1),
        rss_kb_per_stored_task: round(((rssFull - rssEmpty) * 1024) / stored, 2),
        fetch_rps_store_empty: round(empty.rps, 0),
        fetch_p99_ms_store_empty: empty.p99,
        fetch_rps_store_full: round(full.rps, 0),
        fetch_p99_ms_store_full: full.p99,
      },
    };
  } finally {
    await mock.stop();
  }
}
