import { MOCK_SERVER_VERSION } from '../version';

/** What the CLI says once it listens: the `--ready-json` line and the banner come from this. */
export interface ReadyInfo {
  event: 'ready';
  url: string;
  version: string;
  pid: number;
  docs: string;
  openapi: string;
  /** `<url>/__mock` or null with `--no-control`. */
  control: string | null;
  health: string | null;
  profile: string;
  clock: string;
  speed: number;
  seed: number;
  /** How many API keys are accepted (0: open); the keys themselves are never printed. */
  apiKeys: number;
}

/** Builds the ready information of a server listening on `url`. */
export function readyInfo(
  url: string,
  s: { control: boolean; profile: string; clock: string; speed: number; seed: number; keys: number },
): ReadyInfo {
  return {
    event: 'ready',
    url,
    version: MOCK_SERVER_VERSION,
    pid: process.pid,
    docs: `${url}/docs`,
    openapi: `${url}/openapi.json`,
    control: s.control ? `${url}/__mock` : null,
    health: s.control ? `${url}/__mock/health` : null,
    profile: s.profile,
    clock: s.clock,
    speed: s.speed,
    seed: s.seed,
    apiKeys: s.keys,
  };
}

/** The human banner (pretty mode). */
export function renderBanner(i: ReadyInfo): string {
  return [
    `mjkit mock server ${i.version} listening on ${i.url}`,
    `  gateway API   ${i.url}/mj/submit/imagine …   (also under /mj-relax, /mj-fast, /mj-turbo)`,
    `  docs          ${i.docs}   OpenAPI: ${i.openapi}`,
    i.control === null
      ? '  control API   disabled (--no-control)'
      : `  control API   ${i.control}/state   health: ${i.health}`,
    `  clock         ${i.clock} at speed ${i.speed}; seed ${i.seed}; profile ${i.profile}`,
    i.apiKeys === 0
      ? '  auth          OPEN: no key configured, any request is accepted (use --key to require one)'
      : `  auth          ${i.apiKeys} key(s): send "Authorization: Bearer <key>" or "mj-api-secret: <key>"`,
    '  logs          one line per request; polling at debug (--log-level debug), --log-format json',
  ].join('\n');
}
