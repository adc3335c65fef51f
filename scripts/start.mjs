#!/usr/bin/env node
/**
 * `pnpm start` (issue #14 point 6): builds the mock server's JavaScript through turbo WITHOUT declaration
 * files (tsup `--no-dts`, its own turbo cache entry), then starts `mjkit-mock` and the playground's Vite dev
 * server, waits until both answer, and prints both URLs. Ports: `--port`/`MJKIT_PORT` (8080) and
 * `--playground-port`/`PLAYGROUND_PORT` (5173); a busy port stops it before anything starts, with the
 * flag to change. SIGINT/SIGTERM go to both servers; when one exits, the other is stopped too.
 * Prints `ready: mock=<url> playground=<url>` once both answer (for scripts and tests).
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseStartArgs, START_HELP } from './start-options.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 120_000;
const t0 = performance.now();
const seconds = () => ((performance.now() - t0) / 1000).toFixed(1);

const parsed = parseStartArgs(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(`start: ${parsed.error}\n${START_HELP}`);
  process.exit(2);
}
if (parsed.help) {
  console.log(START_HELP);
  process.exit(0);
}

/** Whether nothing listens on host:port (tried by listening on it). */
const isFree = (port) =>
  new Promise((resolve) => {
    const s = createServer();
    s.once('error', () => resolve(false));
    s.listen(port, HOST, () => s.close(() => resolve(true)));
  });
for (const [what, port, how] of [
  ['mock server', parsed.port, '--port <n> or MJKIT_PORT=<n>'],
  ['playground', parsed.playgroundPort, '--playground-port <n> or PLAYGROUND_PORT=<n>'],
]) {
  if (!(await isFree(port))) {
    console.error(`start: port ${port} (${what}) is in use on ${HOST}; pick another with ${how}`);
    process.exit(1);
  }
}

/** Runs a command to completion with inherited output; resolves its exit code. */
const run = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: root, stdio: 'inherit' });
    child.once('close', (code) => resolve(code ?? 1));
  });

console.log('start: building the mock server (JavaScript only, no .d.ts) through turbo…');
const built = await run(process.execPath, [
  `${root}node_modules/turbo/bin/turbo`,
  'run',
  'build',
  '--filter=@mjkit/mock-server',
  '--output-logs=errors-only',
  '--',
  '--no-dts',
]);
if (built !== 0) {
  console.error(`start: the build failed (exit ${built})`);
  process.exit(built);
}
console.log(`start: built in ${seconds()} s`);

const mockUrl = `http://${HOST}:${parsed.port}`;
const playgroundUrl = `http://${HOST}:${parsed.playgroundPort}/?server=${encodeURIComponent(mockUrl)}`;
const children = new Map();

/** Starts a long-running child whose output lines get a `[name]` prefix. */
function serve(name, args, cwd) {
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const prefix = (stream, out) => {
    let rest = '';
    stream.on('data', (d) => {
      const lines = (rest + d).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(`[${name}] ${line}\n`);
    });
  };
  prefix(child.stdout, process.stdout);
  prefix(child.stderr, process.stderr);
  children.set(name, child);
  child.once('exit', (code, signal) => {
    children.delete(name);
    if (stopping) return;
    console.error(`start: the ${name} exited (${signal ?? `code ${code}`}); stopping the rest`);
    stop(code || 1);
  });
  return child;
}

let stopping = false;
/** Stops every child (SIGTERM, then SIGKILL after 10 s) and exits. */
function stop(code) {
  if (stopping) return;
  stopping = true;
  const left = [...children.values()];
  if (left.length === 0) process.exit(code);
  let pending = left.length;
  const force = setTimeout(() => {
    for (const c of left) c.kill('SIGKILL');
  }, 10_000);
  for (const c of left) {
    c.once('exit', () => {
      if (--pending === 0) {
        clearTimeout(force);
        process.exit(code);
      }
    });
    c.kill('SIGTERM');
  }
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

serve(
  'mock',
  [`${root}packages/mock-server/bin/mjkit-mock.mjs`, '--port', String(parsed.port), ...parsed.mockArgs],
  root,
);
serve(
  'playground',
  [
    `${root}apps/playground/node_modules/vite/bin/vite.js`,
    '--port',
    String(parsed.playgroundPort),
    '--strictPort',
    '--host',
    HOST,
  ],
  `${root}apps/playground`,
);

/** Polls a URL until it answers (any HTTP status) or the deadline passes. */
async function answers(url, deadline) {
  while (!stopping && performance.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2000) }).then(
      () => true,
      () => false,
    );
    if (ok) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}
const deadline = performance.now() + READY_TIMEOUT_MS;
const up = await Promise.all([answers(`${mockUrl}/`, deadline), answers(playgroundUrl, deadline)]);
if (stopping) await new Promise(() => {}); // a child exited; stop() exits the process
if (!up.every(Boolean)) {
  console.error(
    `start: not answering after ${READY_TIMEOUT_MS / 1000} s: ${up[0] ? '' : mockUrl} ${up[1] ? '' : playgroundUrl}`,
  );
  stop(1);
} else {
  console.log(
    [
      '',
      `mjkit is up (${seconds()} s):`,
      `  mock server  ${mockUrl}   docs ${mockUrl}/docs`,
      `  playground   ${playgroundUrl}`,
      'Ctrl+C stops both.',
      `ready: mock=${mockUrl} playground=${playgroundUrl}`,
    ].join('\n'),
  );
}
