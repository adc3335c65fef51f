import { type ChildProcess, spawn } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { createInterface } from 'node:readline';

/** A server started for a test, with its URL and a way to stop it. */
export interface Started {
  url: string;
  stop(): Promise<void>;
}

const listen = async (server: Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};
const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

/**
 * Spawns the built mock CLI on a free port with the manual clock and reads the URL from its ready line
 * ("mjkit mock server listening on http://…"). Fails after `timeoutMs` without it.
 */
export async function startMockCli(cli: string, args: string[] = [], timeoutMs = 15_000): Promise<Started> {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: build @mjkit/mock-server first`);
  const child: ChildProcess = spawn(process.execPath, [cli, '--port', '0', '--clock', 'manual', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('mock did not print its ready line')), timeoutMs);
    child.once('exit', (code) => reject(new Error(`mock exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const m = /listening on (http:\/\/\S+)/.exec(line);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
  });
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/** Serves a built site from `root` like any static host (index.html for `/`), nothing else. */
export async function startStaticServer(root: string): Promise<Started> {
  if (!existsSync(join(root, 'index.html')))
    throw new Error(`${root}/index.html is missing: build the playground first`);
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^(\.\.[/\\])+/,
      '',
    );
    let file = join(root, path);
    if (!file.startsWith(root) || !existsSync(file) || statSync(file).isDirectory())
      file = join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  const server_ = server;
  return { url: await listen(server), stop: () => close(server_) };
}

/** A notifyHook receiver: answers 200 to every POST and keeps the bodies (bounded to 500). */
export async function startReceiver(): Promise<Started & { received: unknown[] }> {
  const received: unknown[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      try {
        if (received.length < 500) received.push(JSON.parse(body));
      } catch {
        // Not JSON: not a notification; still answered.
      }
      res.writeHead(200).end('ok');
    });
  });
  return { url: `${await listen(server)}/hook`, received, stop: () => close(server) };
}
