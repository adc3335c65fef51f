/**
 * `GET /mj/task/{id}/fetch` and `POST /mj/submit/imagine` side by side: the mock, plain express 5, bare
 * node:http and `prism mock`, all serving the same task bytes / receiving the same ~2.4 kB body. Rounds
 * alternate the order of servers; the figures are medians of rounds.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { callOk } from '../lib/http.mjs';
import { load } from '../lib/load.mjs';
import { SERVERS } from '../lib/servers.mjs';
import { startServer } from '../lib/spawn-server.mjs';
import { median, round } from '../lib/stats.mjs';

const ORDER = /** @type {const} */ (['mock', 'express', 'bare', 'prism']);

/** A ~2.4 kB imagine body that every server accepts (no banned words, no images). */
export function imagineBody() {
  const phrase = 'a watercolor lighthouse on a quiet cliff at dusk, soft warm light, gentle waves, ';
  let prompt = '';
  while (prompt.length < 2_300) prompt += phrase;
  return JSON.stringify({ prompt: `${prompt.trim()} --v 7`, base64Array: [], state: 'bench' });
}

/**
 * @param {{rounds: number, seconds: number, warmupSeconds: number}} settings
 * @param {(line: string) => void} log
 */
export async function compareHttp(settings, log) {
  const body = imagineBody();
  const mock = await startServer(SERVERS.mock);
  const servers = { mock };
  try {
    // The mock's store is reset before each imagine round, so its fetch target is seeded again after.
    const seed = async () =>
      `/mj/task/${(await callOk(`${mock.url}/__mock/tasks`, { body: { prompt: 'a lighthouse --v 7' } })).json.id}/fetch`;
    const fetchPath = await seed();
    /** @type {Record<string, string>} */
    const paths = Object.fromEntries(ORDER.map((n) => [n, fetchPath]));
    const taskBytes = (await callOk(`${mock.url}${fetchPath}`)).text;
    const taskFile = join(tmpdir(), `mjkit-bench-task-${process.pid}.json`);
    writeFileSync(taskFile, taskBytes);
    process.env.BENCH_TASK_FILE = taskFile;
    // Every imagine must be accepted (code 1): room for every task, none waits.
    await callOk(`${mock.url}/__mock/config`, {
      method: 'PATCH',
      body: { concurrency: 1_000_000, queueSize: 1_000_000 },
    });
    const probe = await callOk(`${mock.url}/mj/submit/imagine`, { body: JSON.parse(body) });
    if (probe.json?.code !== 1) throw new Error(`mock did not accept the imagine body: ${probe.text}`);
    for (const name of ORDER.slice(1)) servers[name] = await startServer(SERVERS[name]);
    for (const name of ORDER) {
      await load({ url: `${servers[name].url}${paths[name]}`, seconds: settings.warmupSeconds });
      await load({ url: `${servers[name].url}/mj/submit/imagine`, method: 'POST', body, seconds: 1 });
    }
    /** @type {Record<string, {fetch: import('../lib/load.mjs').LoadResult[], imagine: import('../lib/load.mjs').LoadResult[]}>} */
    const results = Object.fromEntries(ORDER.map((n) => [n, { fetch: [], imagine: [] }]));
    let acceptedShare = 1;
    for (let r = 0; r < settings.rounds; r++) {
      const order = ORDER.map((_, i) => ORDER[(i + r) % ORDER.length]);
      for (const name of order) {
        const res = await load({ url: `${servers[name].url}${paths[name]}`, seconds: settings.seconds });
        results[name].fetch.push(res);
        log(`  fetch   round ${r + 1} ${name.padEnd(7)} ${Math.round(res.rps)} req/s p99 ${res.p99} ms`);
      }
      for (const name of order) {
        if (name === 'mock') await callOk(`${mock.url}/__mock/reset`, { method: 'POST', body: {} });
        const res = await load({
          url: `${servers[name].url}/mj/submit/imagine`,
          method: 'POST',
          body,
          seconds: settings.seconds,
        });
        results[name].imagine.push(res);
        if (name === 'mock') {
          const state = (await callOk(`${mock.url}/__mock/state`)).json;
          acceptedShare = Math.min(acceptedShare, state.running / Math.max(1, res.requests));
          await callOk(`${mock.url}/__mock/reset`, { method: 'POST', body: {} });
          paths.mock = await seed();
        }
        log(`  imagine round ${r + 1} ${name.padEnd(7)} ${Math.round(res.rps)} req/s p99 ${res.p99} ms`);
      }
    }
    /** @type {Record<string, number>} */
    const raw = {};
    for (const name of ORDER)
      for (const route of /** @type {const} */ (['fetch', 'imagine'])) {
        const rs = results[name][route];
        raw[`${route}_rps_${name}`] = round(median(rs.map((x) => x.rps)), 0);
        raw[`${route}_p50_ms_${name}`] = median(rs.map((x) => x.p50));
        raw[`${route}_p99_ms_${name}`] = median(rs.map((x) => x.p99));
        raw[`${route}_non2xx_${name}`] = rs.reduce((a, x) => a + x.non2xx + x.errors, 0);
      }
    return {
      raw,
      taskBytes: Buffer.byteLength(taskBytes),
      imagineBytes: Buffer.byteLength(body),
      acceptedShare: round(acceptedShare, 3),
      rssMb: Object.fromEntries(ORDER.map((n) => [n, round(servers[n].rssMb(), 1)])),
    };
  } finally {
    for (const s of Object.values(servers)) await s.stop();
  }
}
