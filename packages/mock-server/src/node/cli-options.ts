import { parseArgs } from 'node:util';
import { isProfile, PROFILES, UPSTREAM_VARIANTS, type UpstreamVariant } from '@mjkit/contract';
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
  --upstream <v>      midjourney-proxy variant: nz | ta (new-api passes its codes)  [MJKIT_UPSTREAM] ta
  --speed <x>         simulated time runs x times faster           [MJKIT_SPEED]       1 (imagine ≈ 10 s)
  --clock <mode>      real | manual (advance via POST /__mock/clock/advance)  [MJKIT_CLOCK] real
  --seed <n>          randomness seed: same seed + requests → same ids, steps, images  [MJKIT_SEED] 1
  --key <key>         accepted API key; repeat for several; none = open  [MJKIT_KEYS, comma-separated]
  --pool <n>          tasks running at once                        [MJKIT_POOL]        3
  --queue <n>         tasks that may wait                          [MJKIT_QUEUE]       10
  --image-size <px>   grid edge in pixels (smaller is faster)      [MJKIT_IMAGE_SIZE]  1024
  --no-control        do not serve the /__mock/* control API       [MJKIT_CONTROL=0]
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
        upstream: { type: 'string' },
        speed: { type: 'string' },
        clock: { type: 'string' },
        seed: { type: 'string' },
        key: { type: 'string', multiple: true },
        pool: { type: 'string' },
        queue: { type: 'string' },
        'image-size': { type: 'string' },
        'no-control': { type: 'boolean' },
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
  };
  const bad = Object.values(numbers).find((n) => typeof n === 'string');
  if (typeof bad === 'string') return { ok: false, error: bad };
  const n = numbers as Record<keyof typeof numbers, number | undefined>;
  const speedText = str('speed', 'MJKIT_SPEED');
  const speed = speedText === undefined ? 1 : Number(speedText);
  if (!(speed > 0)) return { ok: false, error: `--speed must be a number > 0 (got "${speedText}")` };
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
      quiet: v.quiet === true || env.MJKIT_QUIET === '1',
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
