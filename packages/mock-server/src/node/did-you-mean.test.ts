import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean';

const FLAGS = ['port', 'host', 'public-url', 'profile', 'speed', 'clock', 'seed', 'key', 'quiet', 'help'];

describe('didYouMean', () => {
  it.each([
    ['prot', 'port'],
    ['potr', 'port'],
    ['prt', 'port'],
    ['PORT', 'port'],
    ['spede', 'speed'],
    ['pub', 'public-url'],
    ['publicurl', 'public-url'],
    ['keys', 'key'],
  ])('suggests %s → %s', (typo, want) => {
    expect(didYouMean(typo, FLAGS)).toBe(want);
  });

  it('suggests nothing for a word unlike every flag', () => {
    expect(didYouMean('verbose', FLAGS)).toBeUndefined();
    expect(didYouMean('x', FLAGS)).toBeUndefined();
  });

  it('counts an adjacent swap as one edit', () => {
    expect(editDistance('port', 'prot')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
