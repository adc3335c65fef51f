/**
 * `pnpm start` end to end (issue #14 point 6): the launcher on free ports builds through turbo, starts
 * the mock and the playground, prints both URLs, both answer, and SIGTERM stops both; a busy port stops it
 * at once with the flag to change. Bounded: 90 s for the whole start (target < 60 s after install).
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const launcher = fileURLToPath(new URL('./start.mjs', import.meta.url));

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });

/** Spawns the launcher; `waitFor(re, ms)` resolves the first output match or rejects at the bound. */
function launch(args, env = {}) {
  const child = spawn(process.execPath, [launcher, ...args], {
    env: { ...process.env, ...env, FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listeners = new Set();
  const onData = (d) => {
    out += d;
    for (const l of listeners) l();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const waitFor = (re, ms) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${re} within ${ms} ms:\n${out}`)), ms);
      const check = () => {
        const m = re.exec(out);
        if (m) {
          clearTimeout(timer);
          listeners.delete(check);
          resolve(m);
        }
      };
      listeners.add(check);
      check();
      exited.then(() => {
        check();
        clearTimeout(timer);
        if (!re.exec(out)) reject(new Error(`launcher exited before ${re}:\n${out}`));
      });
    });
  return { child, exited, waitFor, out: () => out };
}

describe('scripts/start.mjs', () => {
  const started = [];
  after(() => {
    for (const c of started) if (c.exitCode === null) c.kill('SIGKILL');
  });

  it('starts the mock and the playground on the given ports, prints both URLs, stops both on SIGTERM', async () => {
    const [port, playgroundPort] = [await freePort(), await freePort()];
    const t0 = performance.now();
    const run = launch(['--port', String(port)], { PLAYGROUND_PORT: String(playgroundPort) });
    started.push(run.child);
    const [, mockUrl, playgroundUrl] = await run.waitFor(/^ready: mock=(\S+) playground=(\S+)$/m, 90_000);
    const readyMs = Math.round(performance.now() - t0);
    assert.equal(mockUrl, `http://127.0.0.1:${port}`);
    assert.ok(playgroundUrl.startsWith(`http://127.0.0.1:${playgroundPort}/?server=`), playgroundUrl);
    const mock = await fetch(`${mockUrl}/`);
    assert.equal(mock.status, 200);
    assert.equal((await mock.json()).name, 'mjkit mock server');
    const page = await fetch(playgroundUrl);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<div id="root">|<script/);
    console.log(`launcher: both URLs answered ${readyMs} ms after spawn`);
    run.child.kill('SIGTERM');
    const { code } = await Promise.race([
      run.exited,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no exit 15 s after SIGTERM')), 15_000)),
    ]);
    assert.equal(code, 0);
    await assert.rejects(fetch(`${mockUrl}/`));
    await assert.rejects(fetch(playgroundUrl));
  });

  it('a busy port: a clear message naming the flag, exit 1, nothing started', async () => {
    const blocker = createServer();
    const port = await new Promise((resolve) =>
      blocker.listen(0, '127.0.0.1', () => resolve(blocker.address().port)),
    );
    try {
      const run = launch(['--playground-port', String(port)], { MJKIT_PORT: String(await freePort()) });
      started.push(run.child);
      const { code } = await run.exited;
      assert.equal(code, 1);
      assert.match(
        run.out(),
        new RegExp(
          `port ${port} \\(playground\\) is in use on 127\\.0\\.0\\.1; pick another with --playground-port`,
        ),
      );
      assert.doesNotMatch(run.out(), /building/);
    } finally {
      blocker.close();
    }
  });
});
