#!/usr/bin/env node
/**
 * `mjkit-mock`: starts the mock server. Reads argv and env (nothing else does), prints the URLs it
 * serves, logs requests (pretty in a terminal), and shuts down gracefully on SIGINT/SIGTERM.
 */
import pino from 'pino';
import { defaultConfig } from '../engine/engine-config';
import { HELP, parseCli } from './cli-options';
import { startMockServer } from './start-mock-server';

const parsed = parseCli(process.argv.slice(2), process.env);
if (!parsed.ok) {
  console.error(`mjkit-mock: ${parsed.error}\nRun mjkit-mock --help for the options.`);
  process.exit(2);
}
if (parsed.help) {
  console.log(HELP);
  process.exit(0);
}
const { options } = parsed;
const logger = pino({
  level: options.quiet ? 'warn' : 'info',
  ...(process.stdout.isTTY
    ? { transport: { target: 'pino-pretty', options: { colorize: true, ignore: 'pid,hostname' } } }
    : {}),
});

try {
  const running = await startMockServer({
    ...options,
    log: (e) => {
      const level = e.status >= 500 ? 'error' : e.status >= 400 ? 'warn' : 'info';
      logger[level](
        { method: e.method, path: e.path, status: e.status, ms: e.ms },
        `${e.method} ${e.path} ${e.status}`,
      );
    },
    onError: (error) => logger.error({ err: error }, 'unhandled error'),
    onNotifyError: (e) =>
      logger.warn({ taskId: e.taskId, url: e.url, error: e.error }, 'notifyHook delivery failed'),
  });
  const keys = options.config?.keys ?? [];
  const lines = [
    `mjkit mock server listening on ${running.url}`,
    `  gateway API   ${running.url}/mj/submit/imagine …   (also under /mj-relax, /mj-fast, /mj-turbo)`,
    `  docs          ${running.url}/docs   OpenAPI: ${running.url}/openapi.json`,
    options.control === false
      ? '  control API   disabled (--no-control)'
      : `  control API   ${running.url}/__mock/state`,
    `  clock         ${options.clock} at speed ${options.speed}; seed ${options.seed}; profile ${options.config?.profile ?? defaultConfig().profile}`,
    keys.length === 0
      ? '  auth          OPEN: no key configured, any request is accepted (use --key to require one)'
      : `  auth          ${keys.length} key(s): send "Authorization: Bearer <key>" or "mj-api-secret: <key>"`,
  ];
  const p = running.persistence;
  if (p) {
    const r = p.restored;
    lines.push(
      r
        ? `  data          ${p.file}: restored ${r.tasks} task(s), ${r.deliveries} owed notifyHook deliveries in ${r.ms} ms`
        : `  data          ${p.file} (new)`,
    );
    if (p.recovery)
      lines.push(
        `  recovered     kept ${p.recovery.kept.tasks} task(s), dropped ${p.recovery.dropped.tasks}; damaged file moved to ${p.recovery.movedTo}`,
      );
  }
  console.log(lines.join('\n'));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down (finishing requests and notifyHook deliveries)`);
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
} catch (error) {
  const e = error as NodeJS.ErrnoException;
  console.error(
    e.code === 'EADDRINUSE'
      ? `mjkit-mock: port ${options.port} is in use; pick another with --port`
      : `mjkit-mock: ${e.message}`,
  );
  process.exit(1);
}
