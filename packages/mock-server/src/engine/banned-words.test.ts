import { describe, expect, it } from 'vitest';
import { DEFAULT_BANNED_WORDS, findBannedWord } from './banned-words';

describe('findBannedWord (whole word, case-insensitive, spec §2)', () => {
  it.each([
    ['a NUDE statue', 'NUDE'],
    ['nude', 'nude'],
    ['portrait, nsfw, 4k', 'nsfw'],
    ['a nudes list', undefined],
    ['denude the tree', undefined],
    ['a cat', undefined],
  ])('%j → %s', (prompt, expected) => {
    expect(findBannedWord(prompt, DEFAULT_BANNED_WORDS)).toBe(expected);
  });

  it('escapes regex characters and skips blank entries', () => {
    expect(findBannedWord('use c++ today', ['', 'c++'])).toBe('c++');
  });
});
