/**
 * Key digests and their constant-time comparison (issue #12 item 13), with Web Crypto only, so the
 * same code runs in Node, the fetch adapter, MSW and a browser.
 */

/** SHA-256 of a key as 32 bytes. */
export async function digestKey(key: string): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
}

/** Equal digests, compared in time independent of where they differ (fixed length: XOR loop). */
export function sameDigest(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

/** The owner stored on tasks: the first 16 bytes of the key's digest, hex. Never the key. */
export function ownerOf(digest: Uint8Array): string {
  let hex = '';
  for (let i = 0; i < 16; i++) hex += digest[i]!.toString(16).padStart(2, '0');
  return hex;
}

/** A configured key and its digest. */
export interface KeyDigest {
  key: string;
  digest: Uint8Array;
}

/**
 * Finds the configured key matching `given` by comparing digests of all of them (never stopping at
 * the first match, so the time does not depend on which key matched).
 */
export async function matchKey(
  given: string,
  configured: readonly KeyDigest[],
): Promise<KeyDigest | undefined> {
  const digest = await digestKey(given);
  let found: KeyDigest | undefined;
  for (const k of configured) if (sameDigest(digest, k.digest) && !found) found = k;
  return found;
}
