/** The method and caveats written into every result file's `notes` (what each number is and is not). */
export const NOTES = {
  servers:
    "mock = `node packages/mock-server/dist/cli.js --clock manual` (doc profile, open auth, default pino request logging to a drained pipe). express = plain express 5.3 from the mock-server's dependencies (GET sends the mock's task JSON bytes, POST parses with express.json() and echoes with res.json). bare = node:http (GET sends the same bytes, POST echoes the raw body). prism = `prism mock packages/contract/openapi/gateway.json` 5.14.2 with its default (info) logging; its fetch body is the document's example, not the same bytes.",
  load: 'autocannon 9, 50 connections, keep-alive, in the harness process; every request carries `Authorization: Bearer bench-key` (Prism enforces the bearer scheme). Rounds alternate the server order; each figure is the median of rounds. With bare node:http the load generator core is the limit, so fetch_vs_bare is a lower bound of the gap.',
  ratios:
    '*_vs_* = mock req/s ÷ reference req/s (higher is better). start_vs_prism = Prism start ms ÷ mock start ms (how many times faster the mock starts).',
  imagine:
    "The mock's pool and queue are raised to 1 000 000 (PATCH /__mock/config) so every imagine is accepted with code 1 (raw.imagine_accepted_share checks it); the store is reset before each mock round; tasks accumulate during a round (since the heap scheduler, a submit no longer scans the running set).",
  start:
    'spawn → first HTTP 200 on 127.0.0.1 (mock: GET /__mock/state; others: GET /mj/task/1/fetch), polled every 5 ms, pinned to the server core, median of repetitions. import_ms_mock: import of the Node entry dist/node.js (startMockServer) in a fresh node.',
  store:
    'rss_mb_100k: VmRSS of the mock process after seeding 100 000 SUCCESS imagines through POST /__mock/tasks (20 connections); no GC forced. The CLI stores at most 10 000 tasks (limits.maxTasks, oldest finished evicted), so this mock is startMockServer with limits.maxTasks 100 000 (bench/servers/mock-max-tasks.mjs, no request log). fetch_p99_ratio_100k: fetch p99 of one task with the full store ÷ with a store of 1, same process.',
  running:
    'Running tasks are started by real submits with the manual clock (pool and queue raised). Both sizes are measured (1 000 and 10 000; --quick 100 and 1 000): fetch req/s of a stored task with N running, then POST /__mock/clock/advance {ms: 600000} timed (bounded by a 120 s timeout). advance_10min_10k_running_ms is the measured 10 000-task advance; raw.advance_scaling_exponent is log(t10000/t1000)/log(10) (1 = grows with events only). fetch_ratio_10k_running = fetch req/s with 10 000 running ÷ with 1 000 running. The before baseline extrapolated the 10 000 advance as N² because it took minutes.',
  notify:
    "notify_per_s: 1 000 imagines whose notifyHooks name 8 ports of one bare node:http receiver round-robin (the mock bounds in-flight deliveries per receiver host:port at 4, by design, so a hanging receiver cannot take every slot; 8 × 4 = 32 ≤ the notify concurrency 50 set with PATCH /__mock/config, default 8); after the SUBMITTED deliveries settle, one 10-minute advance fires the rest; deliveries counted at the receiver (load generator core), rate = (count − 1) ÷ (last − first). raw.notify_per_s_one_receiver_host is the same with every hook on one port: 4 in flight, so it is 4 ÷ round-trip time. Deliveries use the Node entry's node:http keep-alive transport (createNodeHttpTransport); the before baseline used global fetch and one port.",
  hang: 'hanging_receiver_p99_ratio: imagine p99 under 50-connection load with notifyHook pointing at a receiver that never answers ÷ the same load without a hook; each round on a fresh mock; notify timeout and concurrency at defaults (10 s, 8). raw.hanging_rss_mb_* is the mock RSS before/after the loaded seconds.',
  client:
    'esbuild 0.27 bundle of `export { createMjClient, submitAndWait }` from packages/client/dist/index.js, platform browser, minified, zod and every dependency included, gzip -9.',
  quick:
    'A --quick run uses smaller sizes (store 5 000, running 100 and 1 000, 100 notify tasks, 1 round of 2 s): a smoke test, not figures to compare with a full run.',
};
