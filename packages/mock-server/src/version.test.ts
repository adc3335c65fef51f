import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MOCK_SERVER_VERSION } from './version';

describe('MOCK_SERVER_VERSION', () => {
  it('is the version in package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
      version: string;
    };
    expect(MOCK_SERVER_VERSION).toBe(pkg.version);
  });
});
