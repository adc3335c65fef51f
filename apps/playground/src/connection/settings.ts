import type { SpeedMode } from '@mjkit/contract';

/** Where the playground sends its calls: a server at `baseUrl`, or the mock running inside this page. */
export type Transport = 'server' | 'in-page';

/** Connection settings, as the connection panel edits them. */
export interface Settings {
  transport: Transport;
  /** Gateway origin without `/mj` (the mock: `http://127.0.0.1:8080`; a proxied gateway: `/gateway`). */
  baseUrl: string;
  apiKey: string;
  /** Header that carries the key: new-api reads `Authorization: Bearer`, upstream proxies `mj-api-secret`. */
  authHeader: 'authorization' | 'mj-api-secret';
  /** Speed mode for every submit; `''` sends none (the gateway's default, FAST). */
  mode: '' | SpeedMode;
  /** Stored in localStorage only when true (issue #15: never without the user choosing to). */
  rememberKey: boolean;
  /** notifyHook sent with every submit; `''` sends none. */
  notifyHook: string;
}

/** The localStorage key settings live under. */
export const SETTINGS_KEY = 'mjkit.playground.settings';

/** Defaults: the mock of README command (1). */
export const DEFAULT_SETTINGS: Settings = {
  transport: 'server',
  baseUrl: 'http://127.0.0.1:8080',
  apiKey: '',
  authHeader: 'authorization',
  mode: '',
  rememberKey: false,
  notifyHook: '',
};

const MODES = new Set(['', 'RELAX', 'FAST', 'TURBO']);

/** Keeps only known fields of the right type, so a stale or hand-edited entry cannot break the page. */
function sanitize(value: unknown): Partial<Settings> {
  if (!value || typeof value !== 'object') return {};
  const v = value as Record<string, unknown>;
  const out: Partial<Settings> = {};
  if (v.transport === 'server' || v.transport === 'in-page') out.transport = v.transport;
  if (typeof v.baseUrl === 'string') out.baseUrl = v.baseUrl;
  if (typeof v.apiKey === 'string') out.apiKey = v.apiKey;
  if (v.authHeader === 'authorization' || v.authHeader === 'mj-api-secret') out.authHeader = v.authHeader;
  if (typeof v.mode === 'string' && MODES.has(v.mode)) out.mode = v.mode as Settings['mode'];
  if (typeof v.rememberKey === 'boolean') out.rememberKey = v.rememberKey;
  if (typeof v.notifyHook === 'string') out.notifyHook = v.notifyHook;
  return out;
}

/**
 * Reads settings: defaults, then what was saved, then the page's query (`?server=URL`, `?key=K`,
 * `?mode=in-page`), which wins so a link can point the playground anywhere.
 * @example loadSettings(localStorage, location.search)
 */
export function loadSettings(storage: Pick<Storage, 'getItem'> | undefined, search = ''): Settings {
  let saved: Partial<Settings> = {};
  try {
    saved = sanitize(JSON.parse(storage?.getItem(SETTINGS_KEY) ?? 'null'));
  } catch {
    saved = {};
  }
  const settings = { ...DEFAULT_SETTINGS, ...saved };
  if (!settings.rememberKey) settings.apiKey = '';
  const query = new URLSearchParams(search);
  const server = query.get('server');
  if (server) settings.baseUrl = server;
  const key = query.get('key');
  if (key !== null) settings.apiKey = key;
  const transport = query.get('transport');
  if (transport === 'server' || transport === 'in-page') settings.transport = transport;
  return settings;
}

/** Saves settings; the API key only when `rememberKey` is ticked. */
export function saveSettings(storage: Pick<Storage, 'setItem'> | undefined, settings: Settings): void {
  const stored = { ...settings, apiKey: settings.rememberKey ? settings.apiKey : '' };
  try {
    storage?.setItem(SETTINGS_KEY, JSON.stringify(stored));
  } catch {
    // Storage full or disabled (private mode): settings simply are not remembered.
  }
}
