import { describe, expect, it } from 'vitest';
import { digestKey, matchKey, ownerOf, sameDigest } from './digest-key';

describe('key digests (issue #12 item 13)', () => {
  it('matches a configured key by digest, never by string comparison, and scans every key', async () => {
    const configured = await Promise.all(
      ['alpha', 'beta'].map(async (key) => ({ key, digest: await digestKey(key) })),
    );
    expect((await matchKey('beta', configured))?.key).toBe('beta');
    expect(await matchKey('bet', configured)).toBeUndefined();
    expect(await matchKey('', configured)).toBeUndefined();
  });

  it('compares fixed-length digests only, and owners are digest prefixes, never keys', async () => {
    const a = await digestKey('alpha');
    expect(sameDigest(a, a.slice())).toBe(true);
    expect(sameDigest(a, a.slice(0, 31))).toBe(false);
    const b = a.slice();
    b[31] = b[31]! ^ 1;
    expect(sameDigest(a, b)).toBe(false);
    expect(ownerOf(a)).toMatch(/^[0-9a-f]{32}$/);
    expect(ownerOf(a)).not.toContain('alpha');
  });
});
