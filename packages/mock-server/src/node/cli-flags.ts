import { PROFILES } from '@mjkit/contract';
import { defaultConfig } from '../engine/engine-config';

/** One `mjkit-mock` flag: how it parses and how `--help` shows it. */
export interface CliFlag {
  name: string;
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** Placeholder of the value in the help, e.g. `<n>`. */
  arg?: string;
  help: string;
  /** Environment equivalent, shown in the help. */
  env?: string;
  /** Default, shown in the help. */
  default?: string;
}

/** Every flag (the parser and the help are both built from this list, so they cannot disagree). */
export const CLI_FLAGS: readonly CliFlag[] = [
  {
    name: 'port',
    type: 'string',
    arg: '<n>',
    help: 'port, 0 for any free one',
    env: 'MJKIT_PORT',
    default: '8080',
  },
  {
    name: 'host',
    type: 'string',
    arg: '<addr>',
    help: 'address to listen on',
    env: 'MJKIT_HOST',
    default: '127.0.0.1',
  },
  {
    name: 'public-url',
    type: 'string',
    arg: '<url>',
    help: 'origin in image URLs and the docs’ servers',
    env: 'MJKIT_PUBLIC_URL',
    default: 'the request’s',
  },
  {
    name: 'profile',
    type: 'string',
    arg: '<name>',
    help: PROFILES.join(' | '),
    env: 'MJKIT_PROFILE',
    default: defaultConfig().profile,
  },
  {
    name: 'upstream',
    type: 'string',
    arg: '<v>',
    help: 'midjourney-proxy variant: nz | ta (new-api passes its codes)',
    env: 'MJKIT_UPSTREAM',
    default: defaultConfig().upstream,
  },
  {
    name: 'speed',
    type: 'string',
    arg: '<x>',
    help: 'simulated time runs x times faster',
    env: 'MJKIT_SPEED',
    default: '1 (imagine ≈ 10 s)',
  },
  {
    name: 'clock',
    type: 'string',
    arg: '<mode>',
    help: 'real | manual (POST /__mock/clock/advance)',
    env: 'MJKIT_CLOCK',
    default: 'real',
  },
  {
    name: 'seed',
    type: 'string',
    arg: '<n>',
    help: 'same seed + requests → same ids, images',
    env: 'MJKIT_SEED',
    default: '1',
  },
  {
    name: 'key',
    type: 'string',
    multiple: true,
    arg: '<key>',
    help: 'accepted API key, repeatable',
    env: 'MJKIT_KEYS (a,b)',
    default: 'none: open',
  },
  {
    name: 'pool',
    type: 'string',
    arg: '<n>',
    help: 'tasks running at once',
    env: 'MJKIT_POOL',
    default: '3',
  },
  {
    name: 'queue',
    type: 'string',
    arg: '<n>',
    help: 'tasks that may wait',
    env: 'MJKIT_QUEUE',
    default: '10',
  },
  {
    name: 'image-size',
    type: 'string',
    arg: '<px>',
    help: 'grid edge (smaller is faster)',
    env: 'MJKIT_IMAGE_SIZE',
    default: '1024',
  },
  { name: 'no-control', type: 'boolean', help: 'do not serve /__mock/*', env: 'MJKIT_CONTROL=0' },
  {
    name: 'log-format',
    type: 'string',
    arg: '<fmt>',
    help: 'pretty (one line per request) | json (pino)',
    env: 'MJKIT_LOG_FORMAT',
    default: 'pretty',
  },
  {
    name: 'log-level',
    type: 'string',
    arg: '<lvl>',
    help: 'debug (adds polling) | info | warn | error',
    env: 'MJKIT_LOG_LEVEL',
    default: 'info',
  },
  {
    name: 'control-key',
    type: 'string',
    arg: '<key>',
    help: 'key the /__mock/* control API requires',
    env: 'MJKIT_CONTROL_KEY',
    default: 'none: an API key, or open',
  },
  {
    name: 'cors-origin',
    type: 'string',
    multiple: true,
    arg: '<o>',
    help: 'browser origin allowed on the control API; repeat',
    env: 'MJKIT_CORS_ORIGINS',
    default: 'loopback origins',
  },
  {
    name: 'allowed-host',
    type: 'string',
    multiple: true,
    arg: '<h>',
    help: 'Host accepted besides loopback and --public-url; repeat; * = any',
    env: 'MJKIT_ALLOWED_HOSTS',
  },
  {
    name: 'notify-allow',
    type: 'string',
    multiple: true,
    arg: '<p>',
    help: 'notifyHook host pattern (a.test, *.a.test); repeat; then private addresses are refused',
    env: 'MJKIT_NOTIFY_ALLOW',
    default: 'any http(s) receiver',
  },
  {
    name: 'max-tasks',
    type: 'string',
    arg: '<n>',
    help: 'tasks kept; the oldest finished ones are evicted',
    env: 'MJKIT_MAX_TASKS',
    default: '10000',
  },
  {
    name: 'max-upload-mb',
    type: 'string',
    arg: '<n>',
    help: 'upload store size in MiB (oldest evicted)',
    env: 'MJKIT_MAX_UPLOAD_MB',
  },
  {
    name: 'journal-size',
    type: 'string',
    arg: '<n>',
    help: 'entries kept in each journal',
    env: 'MJKIT_JOURNAL_SIZE',
    default: '1000',
  },
  {
    name: 'notify-backlog',
    type: 'string',
    arg: '<n>',
    help: 'notifyHook deliveries waiting at most (oldest dropped, journaled)',
    env: 'MJKIT_NOTIFY_BACKLOG',
  },
  {
    name: 'shutdown-timeout',
    type: 'string',
    arg: '<ms>',
    help: 'on SIGTERM, wait this long for requests and deliveries in flight',
    env: 'MJKIT_SHUTDOWN_TIMEOUT_MS',
    default: '10000',
  },
  {
    name: 'data-dir',
    type: 'string',
    arg: '<dir>',
    help: 'keep tasks, uploads, journals and owed deliveries in <dir>/mjkit-mock.sqlite (needs better-sqlite3)',
    env: 'MJKIT_DATA_DIR',
  },
  {
    name: 'data-dir-recover',
    type: 'boolean',
    help: 'the data file is damaged: keep every readable row, move the rest aside',
  },
  {
    name: 'fixtures',
    type: 'string',
    arg: '<file>',
    help: 'start from a snapshot or {"tasks": [...]} file (when the data dir is empty)',
    env: 'MJKIT_FIXTURES',
  },
  { name: 'quiet', type: 'boolean', help: 'no request logs (--log-level warn)', env: 'MJKIT_QUIET=1' },
  {
    name: 'ready-json',
    type: 'boolean',
    help: 'print {"event":"ready","url":…} when listening',
    env: 'MJKIT_READY_JSON=1',
  },
  { name: 'version', type: 'boolean', short: 'v', help: 'print the version' },
  { name: 'help', type: 'boolean', short: 'h', help: 'show this help' },
];

/** The left column of a flag: `-h, --help` or `    --port <n>`. */
const usageOf = (f: CliFlag) => `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.arg ? ` ${f.arg}` : ''}`;

/** The `--help` text: columns aligned to the widest entry of each. */
export function renderHelp(flags: readonly CliFlag[] = CLI_FLAGS): string {
  const w1 = Math.max(...flags.map((f) => usageOf(f).length));
  const w2 = Math.max(...flags.map((f) => f.help.length));
  const w3 = Math.max(...flags.map((f) => (f.env ?? '').length));
  const rows = flags.map((f) =>
    `  ${usageOf(f).padEnd(w1)}  ${f.help.padEnd(w2)}  ${(f.env ?? '').padEnd(w3)}  ${f.default ?? ''}`.trimEnd(),
  );
  const header = `  ${'Option'.padEnd(w1)}  ${'Meaning'.padEnd(w2)}  ${'Environment'.padEnd(w3)}  Default`;
  return `mjkit-mock — a stateful mock of the Midjourney /mj/* gateway API

Usage: mjkit-mock [options]        (in this repo: pnpm exec mjkit-mock [options])

${header}
${rows.join('\n')}

Flags win over environment variables. Docs UI: <url>/docs. Control API: <url>/__mock/*.
`;
}
