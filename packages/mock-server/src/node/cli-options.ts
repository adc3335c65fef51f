import { parseArgs } from 'node:util';
import { isProfile, MAX_CLOCK_SPEED, PROFILES } from '@mjkit/contract';
import { defaultConfig } from '../engine/engine-config';
import { implementedProfiles, isImplementedProfile } from '../profiles/registry';
import type { StartOptions } from './start-mock-server';

/** The CLI's help text. */
export const HELP = `mjkit-mock — a stateful mock of the Midjourney /mj/* gateway API

Usage: mjkit-mock [options]

Options (environment variable in brackets):
  --port <n>          port to listen on, 0 for any free one        [MJKIT_PORT]        8080
  --host <addr>       address to listen on                         [MJKIT_HOST]        127.0.0.1
  --public-url <url>  origin used in image URLs                    [MJKIT_PUBLIC_URL]  the request's
  --profile <name>    ${PROFILES.join(' | ')}                [MJKIT_PROFILE]     doc
  --speed <x>         simulated time runs x times faster           [MJKIT_SPEED]       1 (imagine ≈ 10 s)
  --clock <mode>      real | manual (advance via POST /__mock/clock/advance)  [MJKIT_CLOCK] real
  --seed <n>          randomness seed: same seed + requests → same ids, steps, images  [MJKIT_SEED] 1
  --key <key>         accepted API key; repeat for several; none = open  [MJKIT_KEYS, comma-separated]
  --pool <n>          tasks running at once                        [MJKIT_POOL]        3
  --queue <n>         tasks that may wait                          [MJKIT_QUEUE]       10
  --image-size <px>   grid edge in pixels (smaller is faster)      [MJKIT_IMAGE_SIZE]  1024
  --no-control        do not serve the /__mock/* control API       [MJKIT_CONTROL=0]
  --control-key <key> key the /__mock/* control API requires        [MJKIT_CONTROL_KEY]  none: an API key, or open
  --cors-origin <o>   browser origin allowed on the control API; repeat  [MJKIT_CORS_ORIGINS]  loopback origins
  --allowed-host <h>  Host name accepted besides loopback and --public-url; repeat; * = any  [MJKIT_ALLOWED_HOSTS]
  --notify-allow <p>  notifyHook host pattern (a.test, *.a.test); repeat; then private,
                      loopback and link-local addresses are refused  [MJKIT_NOTIFY_ALLOW]  any http(s) receiver
  --max-tasks <n>     tasks kept; the oldest finished go first      [MJKIT_MAX_TASKS]   10000
  --max-upload-mb <n> upload store size in MiB                       [MJKIT_MAX_UPLOAD_MB] 256
  --journal-size <n>  entries of each journal (requests, deliveries) [MJKIT_JOURNAL_SIZE] 1000
  --notify-backlog <n> deliveries waiting at most, all receivers      [MJKIT_NOTIFY_BACKLOG] 10000
  --shutdown-timeout <ms> wait for requests and deliveries on SIGTERM [MJKIT_SHUTDOWN_TIMEOUT_MS] 10000
  --quiet             no request logs                              [MJKIT_QUIET=1]
  -h, --help          show this help
`;

/** Parsed CLI options, or a usage error to print. */
export type CliParse =
  | { ok: true; options: StartOptions & { quiet: boolean }; help: boolean }
  | { ok: false; error: string };

const int = (name: string, value: string | undefined, min: number): number | undefined | string => {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : `--${name} must be a whole number ≥ ${min} (got "${value}")`;
};

/** Reads argv and env (argv wins). The only place that reads either (DESIGN.md §3). */
export function parseCli(argv: string[], env: Record<string, string | undefined>): CliParse {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        'public-url': { type: 'string' },
        profile: { type: 'string' },
        speed: { type: 'string' },
        clock: { type: 'string' },
        seed: { type: 'string' },
        key: { type: 'string', multiple: true },
        pool: { type: 'string' },
        queue: { type: 'string' },
        'image-size': { type: 'string' },
        'no-control': { type: 'boolean' },
        'control-key': { type: 'string' },
        'cors-origin': { type: 'string', multiple: true },
        'allowed-host': { type: 'string', multiple: true },
        'notify-allow': { type: 'string', multiple: true },
        'max-tasks': { type: 'string' },
        'max-upload-mb': { type: 'string' },
        'journal-size': { type: 'string' },
        'notify-backlog': { type: 'string' },
        'shutdown-timeout': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const str = (flag: string, envName: string) => (v[flag] as string | undefined) ?? env[envName];
  const numbers = {
    port: int('port', str('port', 'MJKIT_PORT'), 0),
    seed: int('seed', str('seed', 'MJKIT_SEED'), 0),
    pool: int('pool', str('pool', 'MJKIT_POOL'), 1),
    queue: int('queue', str('queue', 'MJKIT_QUEUE'), 0),
    imageSize: int('image-size', str('image-size', 'MJKIT_IMAGE_SIZE'), 64),
    maxTasks: int('max-tasks', str('max-tasks', 'MJKIT_MAX_TASKS'), 1),
    maxUploadMb: int('max-upload-mb', str('max-upload-mb', 'MJKIT_MAX_UPLOAD_MB'), 1),
    journalSize: int('journal-size', str('journal-size', 'MJKIT_JOURNAL_SIZE'), 1),
    notifyBacklog: int('notify-backlog', str('notify-backlog', 'MJKIT_NOTIFY_BACKLOG'), 1),
    shutdownTimeout: int('shutdown-timeout', str('shutdown-timeout', 'MJKIT_SHUTDOWN_TIMEOUT_MS'), 0),
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
  const publicUrl = str('public-url', 'MJKIT_PUBLIC_URL');
  if (publicUrl !== undefined && !/^https?:\/\/[^/]+/.test(publicUrl))
    return { ok: false, error: `--public-url must be an http(s) URL (got "${publicUrl}")` };
  const keys =
    (v.key as string[] | undefined) ??
    (env.MJKIT_KEYS ?? '')
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
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
  if (imageSize !== undefined && imageSize > 2048) return { ok: false, error: '--image-size must be ≤ 2048' };
  return {
    ok: true,
    help: v.help === true,
    options: {
      port: n.port ?? 8080,
      host: str('host', 'MJKIT_HOST') ?? '127.0.0.1',
      publicUrl,
      clock,
      speed,
      seed: n.seed ?? 1,
      control: !(v['no-control'] === true || env.MJKIT_CONTROL === '0'),
      ...(controlKey ? { controlKey } : {}),
      ...(corsOrigins ? { corsOrigins } : {}),
      ...(allowedHosts ? { allowedHosts } : {}),
      ...(notifyAllow ? { notifyAllow } : {}),
      ...(Object.keys(limits).length > 0 ? { limits } : {}),
      shutdownTimeoutMs: n.shutdownTimeout ?? 10_000,
      quiet: v.quiet === true || env.MJKIT_QUIET === '1',
      config: {
        profile,
        keys,
        ...(n.pool === undefined ? {} : { concurrency: n.pool }),
        ...(n.queue === undefined ? {} : { queueSize: n.queue }),
        ...(imageSize === undefined ? {} : { imageSize }),
      },
    },
  };
}
