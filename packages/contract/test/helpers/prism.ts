import { type ChildProcess, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { fileURLToPath } from 'node:url';

const prismBin = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));

/** A running Prism process and everything it logged. */
export interface PrismProcess {
  url: string;
  log: () => string;
  stop: () => Promise<void>;
}

/** Finds a free loopback port. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * How long Prism may take to become ready. Cold start is ~1–2.5 s on an idle machine (TOOLCHAIN.md), but a
 * loaded 2-core CI machine was seen past 30 s twice: the bound is generous, and readiness (not a fixed
 * sleep) ends the wait as soon as Prism answers.
 */
export const PRISM_READY_TIMEOUT_MS = 120_000;

/**
 * Starts `prism <args> -p <port>` and resolves once it is ready: it logged "Prism is listening" or its
 * port accepts a TCP connection. Rejects when it exits, or after {@link PRISM_READY_TIMEOUT_MS} with
 * what it waited for and everything Prism printed.
 */
export async function startPrism(args: string[]): Promise<PrismProcess> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  const child: ChildProcess = spawn(prismBin, [...args, '-h', '127.0.0.1', '-p', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let output = '';
  const onData = (d: Buffer) => {
    output += d.toString();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  let exit: number | null | undefined;
  child.once('exit', (code) => {
    exit = code;
  });
  // A TCP connect, not an HTTP request: a request would show up in Prism's log, which tests read.
  const answers = () =>
    new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  for (;;) {
    if (exit !== undefined) throw new Error(`prism exited with ${exit} before it was ready:\n${output}`);
    if (/Prism is listening/.test(output) || (await answers())) break;
    if (performance.now() - started > PRISM_READY_TIMEOUT_MS) {
      child.kill('SIGKILL');
      throw new Error(
        `prism was not ready within ${PRISM_READY_TIMEOUT_MS / 1000} s (waited for the "Prism is listening" log line or a TCP connection to ${url}); its output:\n${output}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`prism ready on ${url} after ${Math.round(performance.now() - started)} ms`);
  return {
    url,
    log: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** What the stub answers: JSON `body`, or exact `text` with `contentType` (none: no header). */
export interface StubReply {
  status: number;
  body?: unknown;
  text?: string;
  contentType?: string;
}

/** A tiny stub server that answers every request with `reply(path)` (JSON unless `text` is given). */
export async function startStub(
  reply: (path: string) => StubReply,
): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const r = reply(req.url ?? '/');
      const text = r.text ?? JSON.stringify(r.body);
      const type = r.text === undefined ? 'application/json' : r.contentType;
      res.writeHead(r.status, type ? { 'content-type': type } : {});
      res.end(text);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
