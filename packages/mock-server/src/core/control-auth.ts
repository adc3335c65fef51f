import type { Mock } from '../mock/create-mock';
import type { Profile } from '../profiles/profile';
import { digestKey, type KeyDigest, matchKey, ownerOf } from './digest-key';
import type { HeaderReader } from './http-types';
import { readStandardKey } from './read-standard-key';

/**
 * Who called the control API (issue #12 item 2):
 * - `admin`: the control key, or anyone on a fully open mock (no API key, no control key);
 * - `key`: an API key, when API keys are set and no control key is: journals show only that key's
 *   entries, and changing `keys` is refused.
 */
export type ControlAccess =
  | { scope: 'admin'; owner: null; fingerprints: ReadonlyMap<string, string> }
  | { scope: 'key'; owner: string; fingerprints: ReadonlyMap<string, string> };

/** Why a control request was refused. */
export type ControlRefusal = 'missing' | 'invalid';

const cache = new WeakMap<readonly string[], Promise<KeyDigest[]>>();

/** Digests of configured keys (`sk-` optional, as API keys are read), computed once per config. */
export function keyDigests(keys: readonly string[]): Promise<KeyDigest[]> {
  let found = cache.get(keys);
  if (!found) {
    found = Promise.all(keys.map(async (key) => ({ key, digest: await digestKey(key.replace(/^sk-/, '')) })));
    cache.set(keys, found);
  }
  return found;
}

/** A key's public fingerprint: `key:` and 8 hex digits of its SHA-256. Shown instead of the key. */
export const fingerprintOf = (digest: Uint8Array): string => `key:${ownerOf(digest).slice(0, 8)}`;

let controlDigest: { key: string; digest: Promise<KeyDigest[]> } | undefined;

/**
 * Decides a control request before its body is read. The key is read with the active profile's own
 * header parsing and, failing that, the documented one (`Authorization: Bearer …` or `mj-api-secret`,
 * whatever the profile: NZ's proxy reads only `mj-api-secret`, a control client need not know that),
 * compared as digests in constant time.
 */
export async function authorizeControl(
  mock: Mock,
  profile: Profile,
  headers: HeaderReader,
  controlKey: string | undefined,
): Promise<{ ok: true; access: ControlAccess } | { ok: false; reason: ControlRefusal }> {
  const keys = mock.engine.config().keys;
  const configured = await keyDigests(keys);
  const fingerprints = new Map(configured.map((k) => [k.key, fingerprintOf(k.digest)]));
  if (controlKey === undefined && keys.length === 0)
    return { ok: true, access: { scope: 'admin', owner: null, fingerprints } };
  const candidates = [...new Set([profile.readKey(headers), readStandardKey(headers)])].filter(
    (k): k is string => k !== undefined,
  );
  if (candidates.length === 0) return { ok: false, reason: 'missing' };
  if (controlKey !== undefined) {
    if (controlDigest?.key !== controlKey)
      controlDigest = { key: controlKey, digest: keyDigests([controlKey]) };
    const digests = await controlDigest.digest;
    for (const given of candidates)
      if (await matchKey(given, digests))
        return { ok: true, access: { scope: 'admin', owner: null, fingerprints } };
    return { ok: false, reason: 'invalid' };
  }
  for (const given of candidates) {
    const found = await matchKey(given, configured);
    if (found) return { ok: true, access: { scope: 'key', owner: ownerOf(found.digest), fingerprints } };
  }
  return { ok: false, reason: 'invalid' };
}
