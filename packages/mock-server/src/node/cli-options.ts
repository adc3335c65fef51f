import { parseArgs } from 'node:util';
import {
  isProfile,
  MAX_CLOCK_SPEED,
  PROFILES,
  UPSTREAM_VARIANTS,
  type UpstreamVariant,
} from '@mjkit/contract';
import { defaultConfig } from '../engine/engine-config';
import { implementedProfiles, isImplementedProfile } from '../profiles/registry';
import { CLI_FLAGS, renderHelp } from './cli-flags';
import { didYouMean } from './did-you-mean';
import { LOG_FORMATS, LOG_LEVELS, type LogFormat, type LogLevel } from './log-format';
import type { StartOptions } from './start-mock-server';

/** The CLI's help text (aligned columns, built from the flag table). */
export const HELP = renderHelp();

/** How the CLI logs (issue 14 point 7). */
export interface CliLogOptions {
  /** `pretty` (default, also under turbo, where stdout is no TTY) or `json` (pino's lines). */
  format: LogFormat;
  /** `debug` adds polling (fetch, list-by-condition, journal reads); `--quiet` means `warn`. */
  level: LogLevel;
  /** Print one `{"event":"ready",…}` line on stdout once listening. */
  readyJson: boolean;
}

/** Parsed CLI options, or a usage error to print. */
export type CliParse =
  | {
      ok: true;
      options: StartOptions & { quiet: boolean };
      log: CliLogOptions;
      help: boolean;
      version: boolean;
    }
  | { ok: false; error: string };

/** A whole number in `[min, max]`, or the message naming where it came from (flag or variable). */
const int = (
  source: string,
  value: string | undefined,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): number | undefined | string => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `from ${min} to ${max}`;
  return `${source} must be a whole number ${range} (got "${value}")`;
};

const FLAG_NAMES = CLI_FLAGS.map((f) => f.name);

/** Node's parseArgs message, shortened, with a suggestion for a mistyped flag. */
function usageError(error: Error & { code?: string }): string {
  const unknown = /Unknown option '(-{1,2})([^'=]+)/.exec(error.message);
  if (unknown) {
    const typed = `${unknown[1]}${unknown[2]}`;
    const guess = didYouMean(unknown[2]!, FLAG_NAMES);
    return `unknown option ${typed}${guess ? `; did you mean --${guess}?` : ''}`;
  }
  const positional = /Unexpected argument '([^']*)'/.exec(error.message);
  if (positional) return `unexpected argument "${positional[1]}" (every option starts with --)`;
  const missing = /Option '(?:-\w, )?(--[\w-]+) <value>' argument missing/.exec(error.message);
  if (missing) return `${missing[1]} needs a value`;
  const ambiguous = /Option '(--[\w-]+)' argument is ambiguous/.exec(error.message);
  if (ambiguous)
    return `${ambiguous[1]} needs a value; write one starting with "-" as ${ambiguous[1]}=<value>`;
  return error.message.split('. ')[0]!;
}

/** Reads argv and env (argv wins). The only place that reads either (DESIGN.md §3). */
export function parseCli(argv: string[], env: Record<string, string | undefined>): CliParse {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: Object.fromEntries(
        CLI_FLAGS.map((f) => [
          f.name,
          { type: f.type, ...(f.short ? { short: f.short } : {}), ...(f.multiple ? { multiple: true } : {}) },
        ]),
      ),
    });
  } catch (e) {
    return { ok: false, error: usageError(e as Error) };
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const str = (flag: string, envName: string) => (v[flag] as string | undefined) ?? env[envName];
  /** `--flag` when given on the command line, else the variable's name (what to fix). */
  const from = (flag: string, envName: string) => (v[flag] === undefined ? envName : `--${flag}`);
  const num = (flag: string, envName: string, min: number, max?: number) =>
    int(from(flag, envName), str(flag, envName), min, max);
  const numbers = {
    port: num('port', 'MJKIT_PORT', 0, 65_535),
    seed: num('seed', 'MJKIT_SEED', 0),
    pool: num('pool', 'MJKIT_POOL', 1, 1000),
    queue: num('queue', 'MJKIT_QUEUE', 0, 100_000),
    imageSize: num('image-size', 'MJKIT_IMAGE_SIZE', 64, 2048),
    maxTasks: num('max-tasks', 'MJKIT_MAX_TASKS', 1),
    maxUploadMb: num('max-upload-mb', 'MJKIT_MAX_UPLOAD_MB', 1),
    journalSize: num('journal-size', 'MJKIT_JOURNAL_SIZE', 1),
    notifyBacklog: num('notify-backlog', 'MJKIT_NOTIFY_BACKLOG', 1),
    shutdownTimeout: num('shutdown-timeout', 'MJKIT_SHUTDOWN_TIMEOUT_MS', 0),
  };
  const bad = Object.values(numbers).find((n) => typeof n === 'string');
  if (typeof bad === 'string') return { ok: false, error: bad };
  const n = numbers as Record<keyof typeof numbers, number | undefined>;
  const speedText = str('speed', 'MJKIT_SPEED');
  const speed = speedText === undefined ? 1 : Number(speedText);
  if (!(speed > 0) || speed > MAX_CLOCK_SPEED)
    return { ok: false, error: `--speed must be a number > 0 and ≤ ${MAX_CLOCK_SPEED} (got "${speedText}")` };
  const clock = str('clock', 'MJKIT_CLOCK') ?? 'real';
  if (clock !== 'real' && clock !== 'manual')
    return { ok: false, error: `--clock must be real or manual (got "${clock}")` };
  const profile = str('profile', 'MJKIT_PROFILE') ?? defaultConfig().profile;
  if (!isProfile(profile))
    return { ok: false, error: `--profile must be one of ${PROFILES.join(', ')} (got "${profile}")` };
  if (!isImplementedProfile(profile))
    return {
      ok: false,
      error: `--profile ${profile} is not available yet; implemented: ${implementedProfiles().join(', ')}`,
    };
  const upstream = str('upstream', 'MJKIT_UPSTREAM') ?? defaultConfig().upstream;
  if (!(UPSTREAM_VARIANTS as readonly string[]).includes(upstream))
    return {
      ok: false,
      error: `--upstream must be one of ${UPSTREAM_VARIANTS.join(', ')} (got "${upstream}")`,
    };
  const publicUrl = str('public-url', 'MJKIT_PUBLIC_URL');
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl))
    return { ok: false, error: `--public-url must be an http(s) URL (got "${publicUrl}")` };
  const keys =
    (v.key as string[] | undefined) ??
    (env.MJKIT_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
  const dataDir = str('data-dir', 'MJKIT_DATA_DIR') || undefined;
  const dataDirRecover = v['data-dir-recover'] === true;
  if (dataDirRecover && !dataDir) return { ok: false, error: '--data-dir-recover needs --data-dir <dir>' };
  const fixtures = str('fixtures', 'MJKIT_FIXTURES') || undefined;
  const list = (flag: string, envName: string) =>
    (v[flag] as string[] | undefined) ??
    (env[envName] === undefined
      ? undefined
      : env[envName]
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean));
  const controlKey = str('control-key', 'MJKIT_CONTROL_KEY') || undefined;
  const corsOrigins = list('cors-origin', 'MJKIT_CORS_ORIGINS');
  const allowedHosts = list('allowed-host', 'MJKIT_ALLOWED_HOSTS');
  const notifyAllow = list('notify-allow', 'MJKIT_NOTIFY_ALLOW');
  const limits = {
    ...(n.maxTasks === undefined ? {} : { maxTasks: n.maxTasks }),
    ...(n.maxUploadMb === undefined ? {} : { uploads: { maxBytes: n.maxUploadMb * 1024 * 1024 } }),
    ...(n.journalSize === undefined ? {} : { requestJournal: n.journalSize, notifyJournal: n.journalSize }),
    ...(n.notifyBacklog === undefined ? {} : { maxBacklog: n.notifyBacklog }),
  };
  const imageSize = n.imageSize;
  const format = str('log-format', 'MJKIT_LOG_FORMAT') ?? 'pretty';
  if (!(LOG_FORMATS as readonly string[]).includes(format))
    return { ok: false, error: `--log-format must be ${LOG_FORMATS.join(' or ')} (got "${format}")` };
  const quiet = v.quiet === true || env.MJKIT_QUIET === '1';
  const level = str('log-level', 'MJKIT_LOG_LEVEL') ?? (quiet ? 'warn' : 'info');
  if (!(LOG_LEVELS as readonly string[]).includes(level))
    return { ok: false, error: `--log-level must be one of ${LOG_LEVELS.join(', ')} (got "${level}")` };
  return {
    ok: true,
    help: v.help === true,
    version: v.version === true,
    log: {
      format: format as LogFormat,
      level: level as LogLevel,
      readyJson: v['ready-json'] === true || env.MJKIT_READY_JSON === '1',
    },
    options: {
      port: n.port ?? 8080,
      host: str('host', 'MJKIT_HOST') ?? '127.0.0.1',
      publicUrl,
      clock,
      speed,
      seed: n.seed ?? 1,
      control: !(v['no-control'] === true || env.MJKIT_CONTROL === '0'),
      quiet,
      ...(dataDir ? { dataDir, dataDirRecover } : {}),
      ...(fixtures ? { fixtures } : {}),
      ...(controlKey ? { controlKey } : {}),
      ...(corsOrigins ? { corsOrigins } : {}),
      ...(allowedHosts ? { allowedHosts } : {}),
      ...(notifyAllow ? { notifyAllow } : {}),
      ...(Object.keys(limits).length > 0 ? { limits } : {}),
      shutdownTimeoutMs: n.shutdownTimeout ?? 10_000,
      config: {
        profile,
        upstream: upstream as UpstreamVariant,
        keys,
        ...(n.pool === undefined ? {} : { concurrency: n.pool }),
        ...(n.queue === undefined ? {} : { queueSize: n.queue }),
        ...(imageSize === undefined ? {} : { imageSize }),
      },
    },
  };
}
