/**
 * Banned-prompt check (spec §2, NZ `BannedPromptUtils`): the prompt is lowercased and each word is
 * tested as a whole word. Returns the word as it appears in the prompt, or `undefined`.
 * @example findBannedWord('A NUDE statue', ['nude']) // 'NUDE'
 */
export function findBannedWord(prompt: string, words: readonly string[]): string | undefined {
  for (const word of words) {
    const w = word.trim();
    if (!w) continue;
    const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu').exec(prompt);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * The default list: a short sample in the spirit of the upstream's `banned-words.txt` (explicit,
 * gore and drug words). Configurable at run time.
 */
export const DEFAULT_BANNED_WORDS: readonly string[] = [
  'nude',
  'naked',
  'nsfw',
  'porn',
  'sexy',
  'gore',
  'bloody',
  'decapitated',
  'cocaine',
  'heroin',
];
