/**
 * notifyHook figures. Throughput: `notifyTasks` imagines with a hook to a bare local receiver (on the
 * load generator's core), then one 10-minute advance fires every remaining event; deliveries/s is
 * counted at the receiver from its first to its last delivery. Hanging receiver: imagine p99 under load
 * when every task's hook points at a receiver that never answers, against the same load without a
 * hook, each on a fresh mock; plus the mock's RSS growth during that load.
 */
import { call, callOk, pause } from '../lib/http.mjs';
import { load } from '../lib/load.mjs';
import { receiverSpec, SERVERS } from '../lib/servers.mjs';
import { startServer } from '../lib/spawn-server.mjs';
import { median, ratio, round } from '../lib/stats.mjs';

const ROOMY = { concurrency: 1_000_000, queueSize: 1_000_000 };

/**
 * Polls the receiver until its count stops moving for `quietMs` (or `capMs` passes).
 * @param {string} receiver
 * @param {number} quietMs
 * @param {number} capMs
 */
async function settle(receiver, quietMs, capMs) {
  const deadline = performance.now() + capMs;
  let last = -1;
  let still = performance.now();
  for (;;) {
    const stats = (await callOk(`${receiver}/stats`)).json;
    if (stats.count !== last) {
      last = stats.count;
      still = performance.now();
    } else if (performance.now() - still >= quietMs || performance.now() > deadline) return stats;
    await pause(100);
  }
}

/**
 * @param {{notifyTasks: number}} settings
 * @param {(line: string) => void} log
 */
export async function notifyThroughput(settings, log) {
  const receiver = await startServer(receiverSpec('fast'));
  const mock = await startServer(SERVERS.mock);
  try {
    await callOk(`${mock.url}/__mock/config`, {
      method: 'PATCH',
      body: { ...ROOMY, notify: { concurrency: 50 } },
    });
    await load({
      url: `${mock.url}/mj/submit/imagine`,
      method: 'POST',
      body: JSON.stringify({ prompt: 'a notified lighthouse --v 7', notifyHook: `${receiver.url}/hook` }),
      amount: settings.notifyTasks,
      connections: 20,
    });
    await settle(receiver.url, 1_000, 60_000);
    await call(`${receiver.url}/stats/reset`, { method: 'POST' });
    await callOk(`${mock.url}/__mock/clock/advance`, { body: { ms: 600_000 } });
    const stats = await settle(receiver.url, 1_000, 120_000);
    const perSecond = (stats.count - 1) / ((stats.lastMs - stats.firstMs) / 1000);
    log(`  notify: ${stats.count} deliveries after the advance, ${Math.round(perSecond)}/s`);
    return {
      notify_per_s: round(perSecond, 0),
      raw: {
        notify_tasks: settings.notifyTasks,
        notify_deliveries_timed: stats.count,
        notify_concurrency: 50,
      },
    };
  } finally {
    await mock.stop();
    await receiver.stop();
  }
}

/**
 * @param {{hangRounds: number, hangSeconds: number}} settings
 * @param {(line: string) => void} log
 */
export async function hangingReceiver(settings, log) {
  const receiver = await startServer(receiverSpec('hang'));
  const prompt = 'a hooked lighthouse --v 7';
  const plain = [];
  const hung = [];
  const rss = [];
  try {
    for (let r = 0; r < settings.hangRounds; r++) {
      for (const withHook of [false, true]) {
        const mock = await startServer(SERVERS.mock);
        try {
          await callOk(`${mock.url}/__mock/config`, { method: 'PATCH', body: ROOMY });
          const body = JSON.stringify(withHook ? { prompt, notifyHook: `${receiver.url}/hook` } : { prompt });
          const url = `${mock.url}/mj/submit/imagine`;
          await load({ url, method: 'POST', body, seconds: 1 });
          const before = mock.rssMb();
          const res = await load({ url, method: 'POST', body, seconds: settings.hangSeconds });
          const after = mock.rssMb();
          (withHook ? hung : plain).push(res.p99);
          if (withHook) rss.push([before, after]);
          log(
            `  imagine ${withHook ? 'hook→hanging' : 'no hook     '} round ${r + 1}: ${Math.round(res.rps)} req/s p99 ${res.p99} ms, RSS ${before.toFixed(0)} → ${after.toFixed(0)} MiB`,
          );
        } finally {
          await mock.stop();
        }
      }
    }
  } finally {
    await receiver.stop();
  }
  return {
    hanging_receiver_p99_ratio: ratio(median(hung), median(plain)),
    raw: {
      imagine_p99_ms_no_hook: median(plain),
      imagine_p99_ms_hanging_hook: median(hung),
      hanging_rss_mb_before: round(median(rss.map((x) => x[0])), 1),
      hanging_rss_mb_after: round(median(rss.map((x) => x[1])), 1),
      hanging_seconds: settings.hangSeconds,
    },
  };
}
