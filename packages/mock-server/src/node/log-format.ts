import type { RequestLogEntry } from '@mjkit/contract';
import pino, { type DestinationStream, type Logger } from 'pino';
import pretty from 'pino-pretty';

/** `pretty`: one short coloured line per event (default); `json`: pino's JSON lines. */
export const LOG_FORMATS = ['pretty', 'json'] as const;
/** Levels the CLI accepts. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
/** A log format. */
export type LogFormat = (typeof LOG_FORMATS)[number];
/** A log level. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Routes a client calls in a loop (task polling, the playground's journal and state reads): logged at
 * `debug`, so `info` shows what a user did, not 400 identical polls (issue 14 point 7).
 */
const POLLING = new Set([
  'fetchTask',
  'listByCondition',
  'imageSeed',
  'state',
  'health',
  'getConfig',
  'listOutcomes',
  'listTasks',
  'requests',
  'notifications',
]);

/** The level of a request line: errors by status first, then polling at debug, the rest at info. */
export function requestLevel(entry: Pick<RequestLogEntry, 'status' | 'route'>): LogLevel {
  if (entry.status >= 500) return 'error';
  if (entry.status >= 400) return 'warn';
  return entry.route !== undefined && POLLING.has(entry.route) ? 'debug' : 'info';
}

/** The one-line message of a request: `POST /mj/submit/imagine 200 3.1 ms task 1735…`. */
export function requestMessage(e: RequestLogEntry): string {
  return `${e.method} ${e.path} ${e.status} ${e.ms} ms${e.taskId ? ` task ${e.taskId}` : ''}`;
}

/** Paths pino masks wherever they appear in a logged object (keys never reach a log). */
export const REDACT_PATHS = [
  'keys',
  'config.keys',
  'controlKey',
  'apiKey',
  '*.authorization',
  '*["mj-api-secret"]',
  'headers.authorization',
  'headers["mj-api-secret"]',
];

/**
 * Whether pretty lines get colours: `NO_COLOR` turns them off, `FORCE_COLOR` (`0`/`false` off, else on)
 * decides next, else only a terminal gets them (turbo and CI pipes stay plain unless forced).
 */
export function useColour(env: Record<string, string | undefined>, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined) return !/^(0|false)$/i.test(env.FORCE_COLOR);
  return isTTY === true;
}

/**
 * The CLI's logger. `pretty` writes `HH:MM:ss.l LEVEL message` lines through pino-pretty in-process
 * (synchronously: nothing is lost on exit, no worker thread), whatever stdout is: a terminal, or a pipe
 * under turbo or CI. Colours: {@link useColour}. `json` writes
 * pino's lines (`level`, `time`, fields, `msg`). `destination` is stdout unless given (tests).
 * @example const log = createCliLogger('json', 'info'); log.info({ event: 'ready', url }, 'ready');
 */
export function createCliLogger(
  format: LogFormat,
  level: LogLevel,
  colour = false,
  destination?: DestinationStream,
): Logger {
  const options = { level, base: null, redact: { paths: REDACT_PATHS, censor: '[redacted]' } };
  if (format === 'json') return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
  return pino(
    options,
    pretty({
      ...(destination ? { destination } : { sync: true }),
      colorize: colour,
      translateTime: 'SYS:HH:MM:ss.l',
      ignore: 'pid,hostname',
      hideObject: true,
    }),
  );
}
