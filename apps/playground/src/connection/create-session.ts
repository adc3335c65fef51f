import { createMjClient, type MjClient } from '@mjkit/client';
import { type ControlApi, createControlApi } from '../control/control-api';
import type { MediaResolver } from '../tasks/use-media-url';
import type { Settings } from './settings';

/** What the playground talks through: the typed client and the mock's control API. */
export interface SessionParts {
  baseUrl: string;
  client: MjClient;
  control: ControlApi;
  /** notifyHook added to submits, or `undefined` to send none. */
  notifyHook: string | undefined;
  /** Makes media URLs loadable (the in-page mock's URLs never reach the network); absent: use as is. */
  resolveMedia?: MediaResolver | undefined;
}

/**
 * Builds the client and control API for the settings, both over the given (recording) fetch.
 * `baseUrl` overrides the settings' one (the in-page mock has its own origin).
 */
export function createSession(
  settings: Settings,
  fetchImpl: typeof fetch,
  overrides: { baseUrl?: string; notifyHook?: string; resolveMedia?: MediaResolver } = {},
): SessionParts {
  const baseUrl = (overrides.baseUrl ?? settings.baseUrl).trim().replace(/\/+$/, '') || location.origin;
  // A relative base URL ("/gateway", the dev proxy) is resolved against the page.
  const absolute = new URL(baseUrl, location.href).href.replace(/\/+$/, '');
  const client = createMjClient({
    baseUrl: absolute,
    ...(settings.apiKey ? { apiKey: settings.apiKey, authHeader: settings.authHeader } : {}),
    ...(settings.mode ? { mode: settings.mode } : {}),
    fetch: fetchImpl,
  });
  const control = createControlApi({ baseUrl: absolute, apiKey: settings.apiKey, fetch: fetchImpl });
  const hook = overrides.notifyHook ?? settings.notifyHook.trim();
  return {
    baseUrl: absolute,
    client,
    control,
    notifyHook: hook || undefined,
    resolveMedia: overrides.resolveMedia,
  };
}
