/**
 * Starts a server as a child process (pinned to its core), measures spawn → first HTTP 200, reads its
 * RSS from /proc, and stops it by its own pid.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { call, freePort, pause } from './http.mjs';
import { pinned } from './pinning.mjs';

/**
 * @typedef {object} ServerSpec
 * @property {string} name
 * @property {(port: number) => string[]} argv  node-less command line: [command, ...args]
 * @property {string} readyPath  a GET path that answers 200 once the server serves
 * @property {number} [core]
 */

/**
 * @typedef {object} RunningServer
 * @property {string} name
 * @property {string} url
 * @property {number} pid
 * @property {number} startMs  spawn → first 200, wall ms
 * @property {() => number} rssMb  resident set size now, MiB
 * @property {() => number} cpuMs  CPU time used so far (user + system), ms, 10 ms resolution
 * @property {() => Promise<void>} stop
 */

/**
 * Spawns `spec` on a free port and resolves once `readyPath` answers 200.
 * Stdout is drained (as a terminal would), the last 4 kB of stderr kept for error messages.
 * @param {ServerSpec} spec
 * @param {{timeoutMs?: number}} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer(spec, options = {}) {
  const port = await freePort();
  const [cmd, ...rest] = spec.argv(port);
  const [command, args] = pinned(cmd, rest, spec.core ?? 0);
  const started = performance.now();
  const child = spawn(command, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  child.stdout.resume();
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr = (stderr + d).slice(-4096);
  });
  let exited = false;
  const exit = new Promise((resolve) => child.once('exit', () => resolve(undefined)));
  void exit.then(() => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = started + (options.timeoutMs ?? 30_000);
  for (;;) {
    if (exited) throw new Error(`${spec.name} exited before serving: ${stderr}`);
    if (performance.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${spec.name} did not answer 200 on ${spec.readyPath} in time: ${stderr}`);
    }
    const ok = await call(`${url}${spec.readyPath}`, { timeoutMs: 2_000 }).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ok) break;
    await pause(5);
  }
  const startMs = performance.now() - started;
  const pid = /** @type {number} */ (child.pid);
  return {
    name: spec.name,
    url,
    pid,
    startMs,
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : Number.NaN;
    },
    cpuMs: () => cpuMsOf(pid),
    async stop() {
      if (exited) return;
      child.kill('SIGKILL');
      await exit;
    },
  };
}

/**
 * CPU time (user + system) a process has used, ms, from `/proc/<pid>/stat` (clock ticks of 10 ms).
 * CPU per request is what the server spends whatever else runs on its core: the figure to compare on
 * a loaded machine, where req/s swings with the neighbours.
 * @param {number} pid
 */
export function cpuMsOf(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // After "pid (comm) ": state is field 3, so utime (14) and stime (15) are at 11 and 12.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}
