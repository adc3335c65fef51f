#!/usr/bin/env node
/**
 * notifyHook faults (issue #12): receivers that hang, answer 500, refuse connections, reset mid-body,
 * answer slowly, and one healthy receiver, all on 127.0.0.1, fed by a spawned mock (manual clock).
 * Figures: API latency (task fetch) before and during the faults, deliveries each receiver saw, journal
 * attempts per receiver (every attempt that reached a receiver must be journaled), the mock's RSS.
 *   node scripts/notify-faults.mjs           ~10 000 deliveries
 *   node scripts/notify-faults.mjs --smoke   ~200 deliveries (about 10 s, for CI)
 * Exit code 1 when the API slows down past its bound, an attempt is missing, or the mock exits.
 */
import { createServer } from 'node:http';
import { percentile, postJson, spawnMock } from './spawn-mock.mjs';

const smoke = process.argv.includes('--smoke');
const tasksPerReceiver = smoke ? 4 : 210; // an imagine sends ~8 notifications
const timeoutMs = 500;

/** A receiver that counts the requests reaching it and misbehaves as told. */
async function receiver(behaviour) {
  const seen = { requests: 0 };
  const server = createServer((req, res) => {
    seen.requests++;
    if (behaviour === 'reset') {
      req.once('data', () => req.socket.destroy());
      return;
    }
    req.resume();
    req.on('end', () => {
      if (behaviour === 'hang') return; // never answers
      if (behaviour === 'error') return void res.writeHead(500).end('boom');
      if (behaviour === 'slow') return void setTimeout(() => res.end('ok'), 300);
      res.end('ok');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}/hook/${behaviour}`;
  if (behaviour === 'refuse') await new Promise((r) => server.close(r));
  return { behaviour, url, seen, close: () => server.closeAllConnections() || server.close() };
}

const receivers = await Promise.all(['healthy', 'hang', 'error', 'refuse', 'reset', 'slow'].map(receiver));
const mock = await spawnMock({ config: { concurrency: 100, queueSize: 10_000, notify: { timeoutMs } } });
const failures = [];
const rss = { start: mock.rssMb(), peak: 0, end: 0 };
const fetchLatency = async (id, n) => {
  const times = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await (await fetch(`${mock.url}/mj/task/${id}/fetch`)).json();
    times.push(performance.now() - t);
  }
  return {
    p50: Math.round(percentile(times, 50) * 10) / 10,
    p99: Math.round(percentile(times, 99) * 10) / 10,
  };
};
const started = performance.now();
try {
  const probe = (await postJson(`${mock.url}/mj/submit/imagine`, { prompt: 'latency probe' })).json.result;
  const before = await fetchLatency(probe, 200);
  let submitted = 0;
  for (let batch = 0; batch < tasksPerReceiver; batch += 10) {
    const submits = [];
    for (const r of receivers)
      for (let i = batch; i < Math.min(tasksPerReceiver, batch + 10); i++)
        submits.push(
          postJson(`${mock.url}/mj/submit/imagine`, {
            prompt: `hook ${r.behaviour} ${i}`,
            notifyHook: r.url,
          }),
        );
    for (const s of await Promise.all(submits)) if (s.json?.code === 1 || s.json?.code === 22) submitted++;
    for (let i = 0; i < 4; i++) await postJson(`${mock.url}/__mock/clock/advance`, { ms: 5_000 });
    rss.peak = Math.max(rss.peak, mock.rssMb());
  }
  const during = await fetchLatency(probe, 200);
  // Wait until no receiver sees anything new for 3 s (hanging attempts end after timeoutMs each).
  let last = -1;
  for (let quiet = 0; quiet < 3; ) {
    await new Promise((r) => setTimeout(r, 1_000));
    const now = receivers.reduce((n, r) => n + r.seen.requests, 0);
    quiet = now === last ? quiet + 1 : 0;
    last = now;
    rss.peak = Math.max(rss.peak, mock.rssMb());
  }
  rss.end = mock.rssMb();
  const journal = await (await fetch(`${mock.url}/__mock/notifications`)).json();
  const perReceiver = Object.fromEntries(
    receivers.map((r) => {
      const entries = journal.filter((e) => e.url === r.url);
      return [
        r.behaviour,
        {
          received: r.seen.requests,
          journaled: entries.length,
          errors: entries.filter((e) => e.error).length,
        },
      ];
    }),
  );
  const deliveries = Object.values(perReceiver).reduce((n, r) => n + r.journaled, 0);
  const journalFull = journal.length >= 1_000; // the journal keeps 1 000 entries (item 12)
  for (const [name, r] of Object.entries(perReceiver)) {
    if (!journalFull && name !== 'refuse' && r.journaled < r.received)
      failures.push(`${name}: ${r.received} received, ${r.journaled} journaled`);
    if (name === 'refuse' && !journalFull && r.journaled === 0) failures.push('refuse: no attempt journaled');
  }
  if (during.p99 > Math.max(50, before.p99 * 10))
    failures.push(`API p99 ${during.p99} ms during faults vs ${before.p99} ms before`);
  const exited = mock.exited();
  if (exited !== null) failures.push(`mock exited with ${exited}`);
  console.log(
    JSON.stringify(
      {
        script: 'notify-faults',
        mode: smoke ? 'smoke' : 'full',
        tasks: submitted,
        receiverTimeoutMs: timeoutMs,
        totalReceived: receivers.reduce((n, r) => n + r.seen.requests, 0),
        journalEntries: journal.length,
        journalCapped: journalFull,
        deliveriesInJournal: deliveries,
        perReceiver,
        fetchLatencyMs: { before, during },
        rssMb: rss,
        wallMs: Math.round(performance.now() - started),
        failures,
      },
      null,
      2,
    ),
  );
} finally {
  await mock.stop();
  for (const r of receivers) r.close();
  process.exitCode = failures.length > 0 ? 1 : 0;
}
