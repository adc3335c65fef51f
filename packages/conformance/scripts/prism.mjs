/** Starts `prism proxy --errors` in front of an upstream and watches its log for violations. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const prismBin = fileURLToPath(new URL('../node_modules/.bin/prism', import.meta.url));

/** A free loopback port. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/**
 * @param {string} document path of the OpenAPI document
 * @param {string} upstream URL Prism forwards to
 */
export async function startPrismProxy(document, upstream) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    prismBin,
    ['proxy', document, upstream, '--errors', '-h', '127.0.0.1', '-p', String(port)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FORCE_COLOR: '0' },
    },
  );
  let log = '';
  const collect = (d) => {
    log += d.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise((resolve, reject) => {
    // Generous: cold start is ~2 s idle, but a loaded 2-core machine was seen past 30 s.
    const timer = setTimeout(
      () =>
        reject(
          new Error(`prism was not ready within 120 s (waited for its "Prism is listening" line):\n${log}`),
        ),
      120_000,
    );
    const check = () => {
      if (log.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`prism exited with ${code}:\n${log}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    startupMs: Math.round(performance.now() - started),
    /** Lines where Prism reports a request or response it could not validate. */
    violations: () => log.split('\n').filter((l) => /✖\s+error/.test(l)),
    log: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}
