/**
 * Banned-prompt check (spec §2, NZ `BannedPromptUtils`): the prompt is lowercased and each word is
 * tested as a whole word. Returns the word as it appears in the prompt, or `undefined`.
 * @example findBannedWord('A NUDE statue', ['nude']) // 'NUDE'
 */
export function findBannedWord(prompt: string, words: readonly string[]): string | undefined {
  for (const pattern of patternsOf(words)) {
    const match = pattern.exec(prompt);
    if (match) return match[0];
  }
  return undefined;
}

/**
 * The compiled patterns of a word list, once per list (issue #16: compiling them on every submit was
 * a tenth of an imagine's CPU). Keyed by the list itself: the config is frozen, so a patched word list
 * is a new array, and an old one is collected with its patterns. Non-global patterns: `exec` keeps no state.
 */
const compiled = new WeakMap<readonly string[], RegExp[]>();

function patternsOf(words: readonly string[]): RegExp[] {
  let patterns = compiled.get(words);
  if (!patterns) {
    patterns = [];
    for (const word of words) {
      const w = word.trim();
      if (!w) continue;
      const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      patterns.push(new RegExp(`(?<![\\p{L}\\p{N}_])${escaped}(?![\\p{L}\\p{N}_])`, 'iu'));
    }
    compiled.set(words, patterns);
  }
  return patterns;
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
