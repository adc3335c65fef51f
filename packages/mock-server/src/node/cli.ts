#!/usr/bin/env node
/**
 * `mjkit-mock`: starts the mock server. Reads argv and env (nothing else does), prints the URLs it
 * serves, logs requests (pretty by default, `--log-format json` for pino lines; polling at debug), and
 * shuts down gracefully on SIGINT/SIGTERM.
 */
import { defaultConfig } from '../engine/engine-config';
import { MOCK_SERVER_VERSION } from '../version';
import { HELP, parseCli } from './cli-options';
import { createCliLogger, requestLevel, requestMessage, useColour } from './log-format';
import { readyInfo, renderBanner } from './ready-info';
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
if (parsed.version) {
  console.log(MOCK_SERVER_VERSION);
  process.exit(0);
}
const { options, log } = parsed;
const colour = useColour(process.env, process.stdout.isTTY);
const logger = createCliLogger(log.format, log.level, colour);
/** Start and stop lines: shown whatever `--log-level`/`--quiet` hide. */
const lifecycle = log.level === 'debug' ? logger : createCliLogger(log.format, 'info', colour);

try {
  const running = await startMockServer({
    ...options,
    log: (e) => logger[requestLevel(e)]({ event: 'request', ...e }, requestMessage(e)),
    onError: (error) =>
      logger.error({ err: error }, `unhandled error: ${(error as Error)?.message ?? error}`),
    onNotifyError: (e) =>
      logger.warn(
        { event: 'notify-error', taskId: e.taskId, url: e.url, error: e.error },
        `notifyHook delivery failed: task ${e.taskId} → ${e.url}: ${e.error}`,
      ),
  });
  const info = readyInfo(running.url, {
    control: options.control !== false,
    profile: options.config?.profile ?? defaultConfig().profile,
    clock: options.clock ?? 'real',
    speed: options.speed ?? 1,
    seed: options.seed ?? 1,
    keys: options.config?.keys?.length ?? 0,
  });
  // One machine-readable line first, so a script can read the URL without parsing the banner.
  if (log.readyJson) console.log(JSON.stringify(info));
  // The data-dir lines go out with the banner in one write, so a reader of the "listening" line has them.
  const p = running.persistence;
  const dataLines: string[] = [];
  if (p) {
    const r = p.restored;
    dataLines.push(
      r
        ? `  data          ${p.file}: restored ${r.tasks} task(s), ${r.deliveries} owed notifyHook deliveries in ${r.ms} ms`
        : `  data          ${p.file} (new)`,
    );
    if (p.recovery)
      dataLines.push(
        `  recovered     kept ${p.recovery.kept.tasks} task(s), dropped ${p.recovery.dropped.tasks}; damaged file moved to ${p.recovery.movedTo}`,
      );
  }
  if (log.format === 'json') {
    if (p)
      lifecycle.info(
        { event: 'data', file: p.file, restored: p.restored, recovery: p.recovery },
        dataLines.join('; ').trim(),
      );
    lifecycle.info(info, `mjkit mock server listening on ${running.url}`);
  } else console.log([renderBanner(info), ...dataLines].join('\n'));
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    lifecycle.info(
      { event: 'shutdown', signal },
      `${signal}: shutting down (finishing requests and notifyHook deliveries)`,
    );
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
      ? `mjkit-mock: port ${options.port} is in use; pick another with --port (0 picks a free one)`
      : e.code === 'EACCES'
        ? `mjkit-mock: no permission to listen on port ${options.port}; ports below 1024 need root, try --port 8080`
        : `mjkit-mock: ${e.message}`,
  );
  process.exit(1);
}
