/**
 * notifyHook figures. Throughput: `notifyTasks` imagines with a hook to a bare local receiver (on the
 * load generator's core), then one 10-minute advance fires every remaining event; deliveries/s is
 * counted at the receiver from its first to its last delivery. Hanging receiver: imagine p99 under load
 * when every task's hook points at a receiver that never answers, against the same load without a
 * hook, each on a fresh mock; plus the mock's RSS growth during that load.
 */
import { call, callOk, freePort, pause } from '../lib/http.mjs';
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

/** Receiver hosts (ports) the throughput figure spreads hooks over: 8 × 4 in flight ≤ concurrency 50. */
const RECEIVER_HOSTS = 8;

/**
 * One throughput run: `tasks` imagines whose hooks name `hosts` receiver ports round-robin, then one
 * 10-minute advance; deliveries/s at the receiver from its first to its last delivery.
 * @param {number} tasks
 * @param {number} hosts
 */
async function deliveriesPerSecond(tasks, hosts) {
  const extra = [];
  for (let i = 1; i < hosts; i++) extra.push(await freePort());
  const receiver = await startServer(receiverSpec('fast', extra));
  const ports = [Number(new URL(receiver.url).port), ...extra];
  const mock = await startServer(SERVERS.mock);
  try {
    await callOk(`${mock.url}/__mock/config`, {
      method: 'PATCH',
      body: { ...ROOMY, notify: { concurrency: 50 } },
    });
    for (const [i, port] of ports.entries()) {
      const share = Math.floor(tasks / hosts) + (i < tasks % hosts ? 1 : 0);
      const hook = `http://127.0.0.1:${port}/hook`;
      await load({
        url: `${mock.url}/mj/submit/imagine`,
        method: 'POST',
        body: JSON.stringify({ prompt: 'a notified lighthouse --v 7', notifyHook: hook }),
        amount: share,
        connections: 20,
      });
    }
    await settle(receiver.url, 1_000, 60_000);
    await call(`${receiver.url}/stats/reset`, { method: 'POST' });
    const cpu0 = mock.cpuMs();
    await callOk(`${mock.url}/__mock/clock/advance`, { body: { ms: 600_000 } });
    const stats = await settle(receiver.url, 1_000, 120_000);
    // The mock's CPU per delivery (advance and its answer included): its ceiling on a free core.
    const cpuUs = ((mock.cpuMs() - cpu0) * 1000) / stats.count;
    return {
      perSecond: (stats.count - 1) / ((stats.lastMs - stats.firstMs) / 1000),
      count: stats.count,
      cpuUs,
    };
  } finally {
    await mock.stop();
    await receiver.stop();
  }
}

/**
 * @param {{notifyTasks: number}} settings
 * @param {(line: string) => void} log
 */
export async function notifyThroughput(settings, log) {
  const many = await deliveriesPerSecond(settings.notifyTasks, RECEIVER_HOSTS);
  log(
    `  notify, ${RECEIVER_HOSTS} receiver hosts: ${many.count} deliveries after the advance, ${Math.round(many.perSecond)}/s, mock CPU ${Math.round(many.cpuUs)} µs/delivery`,
  );
  const one = await deliveriesPerSecond(settings.notifyTasks, 1);
  log(
    `  notify, 1 receiver host (4 in flight per host): ${one.count} deliveries, ${Math.round(one.perSecond)}/s`,
  );
  return {
    notify_per_s: round(many.perSecond, 0),
    raw: {
      notify_tasks: settings.notifyTasks,
      notify_deliveries_timed: many.count,
      notify_concurrency: 50,
      notify_receiver_hosts: RECEIVER_HOSTS,
      notify_per_s_one_receiver_host: round(one.perSecond, 0),
      notify_mock_cpu_us_per_delivery: round(many.cpuUs, 1),
    },
  };
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
