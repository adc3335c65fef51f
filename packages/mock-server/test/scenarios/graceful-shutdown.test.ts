import type { ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startReceiver } from '../notify/receivers';
import { runCli } from '../support/run-cli';

/**
 * Issue #12 items 10 and 15 with the real CLI: on SIGTERM the mock stops accepting, finishes the
 * request being uploaded and every queued notifyHook delivery within `--shutdown-timeout` (here more
 * than the former fixed 3 s are needed), then exits 0; no log line carries a hook's credentials.
 */
let children: ChildProcess[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  children = [];
  for (const c of closers.splice(0)) await c();
});

/** Starts the CLI and kills it after the test if it is still running. */
function run(args: string[]) {
  const p = runCli(args);
  children.push(p.child);
  return p;
}

const post = async (url: string, body: unknown) =>
  (
    await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
  ).json() as Promise<Record<string, unknown>>;

describe('graceful shutdown (SIGTERM)', () => {
  it('delivers every queued notification and answers the upload in progress, then exits 0', async () => {
    const receiver = await startReceiver((_req, res) => {
      setTimeout(() => res.end('ok'), 400);
    });
    closers.push(receiver.close);
    const p = run([
      '--port',
      '0',
      '--clock',
      'manual',
      '--quiet',
      '--image-size',
      '64',
      '--shutdown-timeout',
      '20000',
    ]);
    const base = await p.listening();
    expect(base, p.output()).not.toBe('');
    for (let i = 0; i < 5; i++)
      await post(`${base}/mj/submit/imagine`, { prompt: `cat ${i}`, notifyHook: `${receiver.url}/hook` });
    await post(`${base}/__mock/clock/advance`, { ms: 60_000 });
    const state = (await (await fetch(`${base}/__mock/state`)).json()) as {
      limits: { notify: { backlog: number; inFlight: number; delivered: number } };
    };
    const { backlog, inFlight, delivered } = state.limits.notify;
    const expected = backlog + inFlight + delivered;
    expect(backlog).toBeGreaterThan(10); // ≥ 3 s of work at 4 × 400 ms

    // An upload in progress: half the body now, the rest after SIGTERM.
    const body = JSON.stringify({ prompt: 'late upload' });
    const { hostname, port } = new URL(base);
    const answer = new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: hostname,
          port,
          method: 'POST',
          path: '/mj/submit/imagine',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, 5));
      setTimeout(() => req.end(body.slice(5)), 300);
    });
    await new Promise((r) => setTimeout(r, 50));
    p.child.kill('SIGTERM');
    expect(await answer).toBe(200);
    expect(await p.exited).toBe(0);
    expect(receiver.arrived.length).toBe(expected);
  }, 60_000);

  it('never logs a notifyHook URL with its credentials', async () => {
    const p = run(['--port', '0', '--clock', 'manual', '--image-size', '64']);
    const base = await p.listening();
    await post(`${base}/mj/submit/imagine`, {
      prompt: 'cat',
      notifyHook: 'http://alice:s3cret@127.0.0.1:1/hook?token=t0ken',
    });
    for (let i = 0; i < 200 && !/notifyHook delivery failed/.test(p.output()); i++)
      await new Promise((r) => setTimeout(r, 25));
    expect(p.output()).toMatch(/notifyHook delivery failed/);
    expect(p.output()).not.toMatch(/s3cret|t0ken/);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
  }, 30_000);
});
