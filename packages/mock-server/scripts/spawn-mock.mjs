import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Spawns `serve-mock.ts` (through tsx, workspace sources) and resolves when it prints its URL.
 * The child's RSS is read from /proc, so the figures are the mock's, not the load generator's.
 * @returns {Promise<{url: string, pid: number, rssMb: () => number, exited: () => number | null, stop: () => Promise<void>}>}
 */
export function spawnMock(options = {}) {
  const child = spawn(
    process.execPath,
    [
      '--conditions',
      '@mjkit/source',
      '--import',
      'tsx',
      join(here, 'serve-mock.ts'),
      JSON.stringify(options),
    ],
    { cwd: join(here, '..'), stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let exitCode = null;
  child.on('exit', (code, signal) => {
    exitCode = code ?? (signal ? 128 : 0);
  });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error('mock did not start in 20 s')), 20_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      clearTimeout(timer);
      const { url, pid } = JSON.parse(line);
      resolve({
        url,
        pid,
        rssMb: () => {
          const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
          return m ? Math.round(Number(m[1]) / 1024) : -1;
        },
        exited: () => exitCode,
        stop: () =>
          new Promise((done) => {
            if (exitCode !== null) return done();
            child.once('exit', () => done());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
          }),
      });
    });
    child.once('exit', (code) => reject(new Error(`mock exited early (${code})`)));
  });
}

/** POST JSON, returning status, body and latency in ms. */
export async function postJson(url, body, headers = {}) {
  const started = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: res.status, json, ms: performance.now() - started };
}

/** The p-th percentile (0–100) of numbers. */
export const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};
