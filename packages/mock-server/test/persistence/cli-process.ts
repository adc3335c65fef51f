/**
 * Test support: runs `mjkit-mock` from source in a child process (so it can be `kill -9`ed), and a
 * notifyHook receiver on 127.0.0.1 that records every delivery with its `X-Mjkit-Delivery-Id`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../src/node/cli.ts', import.meta.url));

/** A running CLI: its URL (once listening), its output so far, and its exit. */
export interface CliProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in the output (polled every 50 ms, at most 30 s). */
  waitFor(pattern: RegExp): Promise<RegExpExecArray | null>;
}

/** Spawns `mjkit-mock args…` (tsx, workspace packages from source). */
export function runCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, ['--conditions=@mjkit/source', '--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 600 && !pattern.test(out) && !done; i++) await new Promise((r) => setTimeout(r, 50));
    return pattern.exec(out);
  };
  return { child, output: () => out, exited, waitFor };
}

/** Starts the CLI and waits until it listens; fails with its output otherwise. */
export async function startCli(args: string[]): Promise<CliProcess & { url: string }> {
  const p = runCli(['--port', '0', '--quiet', ...args]);
  const url = (await p.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))?.[1];
  if (!url) {
    p.child.kill('SIGKILL');
    throw new Error(`mjkit-mock did not start:\n${p.output()}`);
  }
  return { ...p, url };
}

/** One delivery as the receiver saw it. */
export interface Received {
  deliveryId: string | undefined;
  taskId: string;
  status: string;
  body: string;
}

/** A notifyHook receiver; `delayMs` holds each answer (a slow receiver builds a backlog). */
export async function startReceiver(): Promise<{
  url: string;
  received: Received[];
  setDelay(ms: number): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let delayMs = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const task = JSON.parse(body) as { id: string; status: string };
      const header = req.headers['x-mjkit-delivery-id'];
      received.push({ deliveryId: header as string | undefined, taskId: task.id, status: task.status, body });
      const answer = () => res.writeHead(200).end('ok');
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` every 100 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
