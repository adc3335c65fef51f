/**
 * Speed mode: the body field `mode` and the path prefixes `/mj-relax`, `/mj-fast`, `/mj-turbo`
 * (DESIGN.md §2; spec §1.1). The prefix wins over the body; `""` or an unknown value is ignored, as the
 * upstream ignores the field; absent means FAST.
 */
export const SPEED_MODES = ['RELAX', 'FAST', 'TURBO'] as const;

/** One of {@link SPEED_MODES}. */
export type SpeedMode = (typeof SPEED_MODES)[number];

/** The mode a request gets when neither a prefix nor a valid body `mode` names one. */
export const DEFAULT_SPEED_MODE: SpeedMode = 'FAST';

/** Path prefix for each mode; `/mj-fast/mj/submit/imagine` is `/mj/submit/imagine` in FAST mode. */
export const SPEED_MODE_PREFIXES: Record<SpeedMode, `/mj-${string}`> = {
  RELAX: '/mj-relax',
  FAST: '/mj-fast',
  TURBO: '/mj-turbo',
};

/**
 * Reads a mode written in any case; returns `undefined` for `""`, unknown words and non-strings.
 * @example parseSpeedMode('relax') // 'RELAX'
 */
export function parseSpeedMode(value: unknown): SpeedMode | undefined {
  if (typeof value !== 'string') return undefined;
  const upper = value.trim().toUpperCase();
  return (SPEED_MODES as readonly string[]).includes(upper) ? (upper as SpeedMode) : undefined;
}

/** The mode named by a path's prefix (`/mj-turbo/...`, any case), if any. */
export function speedModeFromPath(path: string): SpeedMode | undefined {
  const match = /^\/mj-([a-z]+)(?=\/|$)/i.exec(path);
  return match ? parseSpeedMode(match[1]) : undefined;
}

/**
 * The path without its speed-mode prefix (only the three known ones).
 * @example stripSpeedModePrefix('/mj-fast/mj/submit/imagine') // '/mj/submit/imagine'
 */
export function stripSpeedModePrefix(path: string): string {
  return speedModeFromPath(path) === undefined ? path : path.replace(/^\/mj-[a-z]+/i, '');
}

/** Decides a request's mode: the prefix wins, then a valid body `mode`, then FAST. */
export function resolveSpeedMode(input: { path?: string; bodyMode?: unknown }): SpeedMode {
  return (
    (input.path === undefined ? undefined : speedModeFromPath(input.path)) ??
    parseSpeedMode(input.bodyMode) ??
    DEFAULT_SPEED_MODE
  );
}
