/**
 * Many running tasks: fetch req/s and `POST /__mock/clock/advance {ms: 600000}` (10 simulated minutes)
 * with N tasks running, measured at a small and a big N. Tasks are started by real submits (pool and
 * queue raised via `PATCH /__mock/config`, manual clock so none moves on before the advance). Since the
 * heap scheduler (issue #11) the 10 000-task advance is measured, not extrapolated; it is bounded by a
 * 120 s request timeout.
 */
import { callOk } from '../lib/http.mjs';
import { load } from '../lib/load.mjs';
import { SERVERS } from '../lib/servers.mjs';
import { startServer } from '../lib/spawn-server.mjs';
import { median, ratio, round } from '../lib/stats.mjs';

const TEN_MINUTES = 600_000;

/**
 * Empties the mock and starts `n` imagines; returns the fetch URL of a seeded SUCCESS task.
 * @param {string} base
 * @param {number} n
 */
async function fill(base, n) {
  await callOk(`${base}/__mock/reset`, { method: 'POST', body: {} });
  const seeded = await callOk(`${base}/__mock/tasks`, { body: { prompt: 'a lighthouse --v 7' } });
  const started = performance.now();
  await load({
    url: `${base}/mj/submit/imagine`,
    method: 'POST',
    body: JSON.stringify({ prompt: 'a running lighthouse --v 7' }),
    amount: n,
    connections: 20,
  });
  const submitMs = performance.now() - started;
  const { running } = (await callOk(`${base}/__mock/state`)).json;
  if (running !== n) throw new Error(`expected ${n} running tasks, the mock reports ${running}`);
  return { url: `${base}/mj/task/${seeded.json.id}/fetch`, submitMs };
}

/**
 * @param {string} url
 * @param {{rounds: number, seconds: number}} settings
 */
async function fetchRps(url, settings) {
  const rs = [];
  for (let r = 0; r < settings.rounds; r++) {
    const round = await load({ url, seconds: settings.seconds });
    // An error answer is another code path: a figure of it would compare unlike things.
    if (round.non2xx > 0 || round.errors > 0)
      throw new Error(`fetch of ${url}: ${round.non2xx} non-2xx answers, ${round.errors} errors`);
    rs.push(round.rps);
  }
  return median(rs);
}

/**
 * @param {{rounds: number, seconds: number, warmupSeconds: number, runningSizes: [number, number]}} settings
 * @param {(line: string) => void} log
 */
export async function runningTasks(settings, log) {
  // The CLI keeps 10 000 tasks by default (--max-tasks): with 10 000 running the seeded task would be
  // evicted and every fetch a 400 (which the 2026-11-29 figures measured). Room for all of them.
  const maxTasks = Math.max(...settings.runningSizes) * 2;
  const mock = await startServer({
    ...SERVERS.mock,
    argv: (port) => [...SERVERS.mock.argv(port), '--max-tasks', String(maxTasks)],
  });
  try {
    const base = mock.url;
    await callOk(`${base}/__mock/config`, {
      method: 'PATCH',
      body: { concurrency: 1_000_000, queueSize: 1_000_000 },
    });
    /** @type {Record<string, number>} */
    const raw = {};
    /** @type {number[]} */
    const rps = [];
    /** @type {number[]} */
    const advance = [];
    for (const n of settings.runningSizes) {
      const { url, submitMs } = await fill(base, n);
      await load({ url, seconds: settings.warmupSeconds });
      rps.push(await fetchRps(url, settings));
      const started = performance.now();
      const res = await callOk(`${base}/__mock/clock/advance`, {
        body: { ms: TEN_MINUTES },
        timeoutMs: 120_000,
      });
      const ms = performance.now() - started;
      advance.push(ms);
      raw[`advance_10min_${n}_running_ms`] = round(ms, 0);
      // The answer lists at most 1 000 events (maxEvents) and counts them all in eventCount.
      const events = res.json.eventCount ?? res.json.events.length;
      raw[`advance_10min_${n}_running_events`] = events;
      raw[`submit_${n}_ms`] = round(submitMs, 0);
      raw[`fetch_rps_${n}_running`] = round(rps.at(-1) ?? Number.NaN, 0);
      log(
        `  ${n} running: submit ${Math.round(submitMs)} ms, fetch ${Math.round(rps.at(-1) ?? 0)} req/s, advance 10 min ${Math.round(ms)} ms (${events} events)`,
      );
    }
    const [n1, n2] = settings.runningSizes;
    // How advance time grows with N (1 = linear in events, 2 = the old scan of every running task).
    raw.advance_scaling_exponent = round(Math.log(advance[1] / advance[0]) / Math.log(n2 / n1), 2);
    return {
      advance_10min_10k_running_ms: round(advance[1], 0),
      fetch_ratio_10k_running: ratio(rps[1], rps[0]),
      raw,
    };
  } finally {
    await mock.stop();
  }
}
