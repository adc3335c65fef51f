/**
 * Cold start: spawn → first HTTP 200, for each server, alternating servers per repetition; medians.
 * Also the mock's import time of its package entry in a fresh process.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../lib/mock-entry.mjs';
import { pinned, SERVER_CORE } from '../lib/pinning.mjs';
import { SERVERS } from '../lib/servers.mjs';
import { startServer } from '../lib/spawn-server.mjs';
import { median, round } from '../lib/stats.mjs';

const ORDER = /** @type {const} */ (['mock', 'express', 'bare', 'prism']);

/**
 * @param {{startReps: number}} settings
 * @param {(line: string) => void} log
 */
export async function coldStart(settings, log) {
  // biome-ignore lint/suspicious/noUndeclaredEnvVars: set by the harness for its child servers, not a turbo input.
  if (!process.env.BENCH_TASK_FILE) {
    const file = join(tmpdir(), `mjkit-bench-task-${process.pid}.json`);
    writeFileSync(file, '{"id":"1"}');
    process.env.BENCH_TASK_FILE = file;
  }
  /** @type {Record<string, number[]>} */
  const times = Object.fromEntries(ORDER.map((n) => [n, []]));
  const imports = [];
  for (let r = 0; r < settings.startReps; r++) {
    for (let i = 0; i < ORDER.length; i++) {
      const name = ORDER[(i + r) % ORDER.length];
      const server = await startServer(SERVERS[name]);
      times[name].push(server.startMs);
      await server.stop();
    }
    const [cmd, args] = pinned(process.execPath, [`${ROOT}bench/lib/import-time.mjs`], SERVER_CORE);
    imports.push(JSON.parse(execFileSync(cmd, args, { encoding: 'utf8' })).importMs);
    log(
      `  start rep ${r + 1}: ${ORDER.map((n) => `${n} ${Math.round(times[n].at(-1) ?? 0)} ms`).join(', ')}`,
    );
  }
  /** @type {Record<string, number>} */
  const raw = {};
  for (const name of ORDER) raw[`start_ms_${name}`] = round(median(times[name]), 0);
  raw.import_ms_mock = round(median(imports), 0);
  return { raw };
}
