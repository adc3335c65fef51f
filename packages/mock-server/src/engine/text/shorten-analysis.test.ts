import { describe, expect, it } from 'vitest';
import { createRandom } from '../random';
import { isPromptWithinLimit, MAX_PROMPT_LENGTH } from './limits';
import { analyseShorten, shortenAnalysis } from './shorten-analysis';

/** The former quadratic implementation, kept here as the reference the linear one must equal. */
function quadraticReference(prompt: string): string {
  const keycaps = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'];
  const params = prompt.match(/--\S+(\s+[^-\s]\S*)?/g)?.join(' ') ?? '';
  const body = prompt.replace(/--\S+(\s+[^-\s]\S*)?/g, '').trim();
  const phrases = body
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const score = (p: string) =>
    p.split(/\s+/).reduce((n, w) => n + Math.min(w.length, 12), 0) +
    (/^(in|of|with|the|a)\b/i.test(p) ? -8 : 0);
  const ranked = [...phrases].sort((a, b) => score(b) - score(a));
  const keep = new Set(ranked.slice(0, Math.max(1, Math.ceil(phrases.length / 2))));
  const tokens = phrases.map((p) => (keep.has(p) ? `**${p}**` : `~~${p}~~`)).join(', ');
  const shortened = keycaps.map((keycap, i) => {
    const n = Math.max(1, phrases.length - i);
    const chosen = phrases.filter((p) => ranked.slice(0, n).includes(p));
    return `${keycap} ${[chosen.join(', '), params].filter(Boolean).join(' ')}`;
  });
  return `## Important tokens\n${tokens}\n## Shortened prompts\n${shortened.join('\n\n')}`;
}

/** `count` comma-separated phrases of 1–4 words, some repeated, some starting with "the". */
function phrases(count: number, seed = 1): string {
  const random = createRandom(seed);
  const words = ['cat', 'the', 'of', 'ethereal', 'draftsmanship', 'x', 'misty', 'dreamlike', 'a'];
  return Array.from({ length: count }, () =>
    Array.from({ length: random.int(1, 4) }, () => words[random.int(0, words.length - 1)]).join(' '),
  ).join(', ');
}

describe('shorten analysis is linear (issue #12 item 4)', () => {
  it('gives exactly what the former quadratic code gave, duplicates and ties included', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const prompt = `${phrases(seed % 13, seed)} --ar 2:3 --v 7`;
      expect(shortenAnalysis(prompt), prompt).toBe(quadraticReference(prompt));
    }
    expect(shortenAnalysis('')).toBe(quadraticReference(''));
    expect(shortenAnalysis('--ar 1:1')).toBe(quadraticReference('--ar 1:1'));
  });

  it('does work proportional to the prompt: doubling 10 000 phrases doubles the steps', () => {
    const small = analyseShorten(phrases(10_000));
    const large = analyseShorten(phrases(20_000));
    const ratio = large.steps / small.steps;
    expect(ratio).toBeGreaterThan(1.8);
    expect(ratio).toBeLessThan(2.2);
    // A quadratic pass over 20 000 phrases would take ~10^8 steps; this takes a few per phrase.
    expect(large.steps).toBeLessThan(20_000 * 20);
  });

  it('handles the 129 KB, 20 000-phrase prompt of the issue (118 s before the fix)', () => {
    const prompt = phrases(20_000);
    expect(prompt.length).toBeGreaterThan(100_000);
    expect(analyseShorten(prompt).markdown).toContain('5️⃣ ');
  });
});

describe('prompt length limit', () => {
  it('accepts up to MAX_PROMPT_LENGTH characters and refuses one more', () => {
    expect(MAX_PROMPT_LENGTH).toBe(8_192);
    expect(isPromptWithinLimit('x'.repeat(MAX_PROMPT_LENGTH))).toBe(true);
    expect(isPromptWithinLimit('x'.repeat(MAX_PROMPT_LENGTH + 1))).toBe(false);
    expect(isPromptWithinLimit('abc', 2)).toBe(false);
  });
});
