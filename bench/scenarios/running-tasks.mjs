/**
 * Many running tasks: `POST /__mock/clock/advance {ms: 600000}` (10 simulated minutes) with N tasks
 * running, and fetch req/s with N running. Tasks are started by real submits (pool and queue raised via
 * `PATCH /__mock/config`, manual clock so none moves on before the advance). Advancing with 10 000
 * running takes minutes on today's code, so the advance is timed at the smaller sizes and extrapolated
 * quadratically to 10 000 (see notes).
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
  for (let r = 0; r < settings.rounds; r++) rs.push((await load({ url, seconds: settings.seconds })).rps);
  return median(rs);
}

/**
 * @param {{rounds: number, seconds: number, advanceSizes: [number, number], runningBig: number}} settings
 * @param {(line: string) => void} log
 */
export async function runningTasks(settings, log) {
  const mock = await startServer(SERVERS.mock);
  try {
    const base = mock.url;
    await callOk(`${base}/__mock/config`, {
      method: 'PATCH',
      body: { concurrency: 1_000_000, queueSize: 1_000_000 },
    });
    /** @type {Record<string, number>} */
    const raw = {};
    const advance = [];
    let rpsSmall = Number.NaN;
    for (const n of settings.advanceSizes) {
      const { url, submitMs } = await fill(base, n);
      const rps = await fetchRps(url, settings);
      if (Number.isNaN(rpsSmall)) rpsSmall = rps;
      const started = performance.now();
      const res = await callOk(`${base}/__mock/clock/advance`, { body: { ms: TEN_MINUTES } });
      const ms = performance.now() - started;
      advance.push(ms);
      raw[`advance_10min_${n}_running_ms`] = round(ms, 0);
      raw[`advance_10min_${n}_running_events`] = res.json.events.length;
      raw[`submit_${n}_ms`] = round(submitMs, 0);
      raw[`fetch_rps_${n}_running`] = round(rps, 0);
      log(
        `  ${n} running: submit ${Math.round(submitMs)} ms, fetch ${Math.round(rps)} req/s, advance 10 min ${Math.round(ms)} ms (${res.json.events.length} events)`,
      );
    }
    const [n1, n2] = settings.advanceSizes;
    // Cost model of today's sync: events grow with N and each event scans every running task, so N².
    // The exponent fitted from two noisy sizes swings widely on a shared machine; it is kept in raw only.
    const exponent = Math.log(advance[1] / advance[0]) / Math.log(n2 / n1);
    // Other load on the machine only adds time, so the smaller of the two extrapolations is kept.
    const estimate = Math.min(
      advance[0] * (settings.runningBig / n1) ** 2,
      advance[1] * (settings.runningBig / n2) ** 2,
    );
    const big = await fill(base, settings.runningBig);
    const rpsBig = await fetchRps(big.url, settings);
    raw[`submit_${settings.runningBig}_ms`] = round(big.submitMs, 0);
    raw[`fetch_rps_${settings.runningBig}_running`] = round(rpsBig, 0);
    raw.advance_scaling_exponent = round(exponent, 2);
    log(
      `  ${settings.runningBig} running: submit ${Math.round(big.submitMs)} ms, fetch ${Math.round(rpsBig)} req/s; advance extrapolated ${Math.round(estimate)} ms (N², measured exponent ${exponent.toFixed(2)})`,
    );
    return {
      advance_10min_10k_running_ms: round(estimate, 0),
      fetch_ratio_10k_running: ratio(rpsBig, rpsSmall),
      raw,
    };
  } finally {
    await mock.stop();
  }
}
