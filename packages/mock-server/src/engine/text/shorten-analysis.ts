const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'];
const PARAM = /--\S+(\s+[^-\s]\S*)?/g;

/** A shorten analysis and the number of element steps it took (for the linear-work test). */
export interface ShortenWork {
  markdown: string;
  /** Loop iterations over phrases, words and score buckets: grows linearly with the prompt. */
  steps: number;
}

/**
 * A Shorten result in Midjourney's Markdown (spec §3.1, PL example): important tokens bold, dropped
 * ones struck through, then five shortened prompts, each shorter than the last.
 * Linear in the prompt's length (issue #12 item 4): 20 000 phrases once took 118 s.
 */
export function shortenAnalysis(prompt: string): string {
  return analyseShorten(prompt).markdown;
}

/**
 * {@link shortenAnalysis} with a count of its steps. Phrases are ranked by score (higher first, then by
 * position, as a stable sort would) with a counting sort over the integer scores, whose range is bounded
 * by the prompt's length; equal phrases share the rank of their first copy, so a phrase text is kept
 * when any copy of it is.
 */
export function analyseShorten(prompt: string): ShortenWork {
  let steps = 0;
  const params = prompt.match(PARAM)?.join(' ') ?? '';
  const body = prompt.replace(PARAM, '').trim();
  const phrases = body
    .split(/,\s*/)
    .map((p) => p.trim())
    .filter(Boolean);
  const n = phrases.length;
  const scores = phrases.map((p) => {
    let s = /^(in|of|with|the|a)\b/i.test(p) ? -8 : 0;
    for (const w of p.split(/\s+/)) {
      steps++;
      s += Math.min(w.length, 12);
    }
    return s;
  });
  const rank = rankByScore(scores, () => steps++);
  // A phrase text ranks where its first copy does (the old code tested membership by text).
  const firstRank = new Map<string, number>();
  phrases.forEach((p, i) => {
    steps++;
    if (!firstRank.has(p)) firstRank.set(p, rank[i]!);
  });
  const within = (p: string, top: number) => firstRank.get(p)! < top;
  const half = Math.max(1, Math.ceil(n / 2));
  const tokens = phrases.map((p) => (within(p, half) ? `**${p}**` : `~~${p}~~`)).join(', ');
  const shortened = KEYCAPS.map((keycap, i) => {
    const top = Math.max(1, n - i);
    const chosen = phrases.filter((p) => {
      steps++;
      return within(p, top);
    });
    return `${keycap} ${[chosen.join(', '), params].filter(Boolean).join(' ')}`;
  });
  const markdown = `## Important tokens\n${tokens}\n## Shortened prompts\n${shortened.join('\n\n')}`;
  return { markdown, steps };
}

/**
 * Rank (0 = best) of each score: higher scores first, ties by position. Counting sort: O(n + range),
 * where range = max − min + 1 is at most the prompt's length plus 9.
 */
function rankByScore(scores: readonly number[], step: () => void): number[] {
  if (scores.length === 0) return [];
  let min = scores[0]!;
  let max = scores[0]!;
  for (const s of scores) {
    step();
    if (s < min) min = s;
    if (s > max) max = s;
  }
  // starts[k]: first rank of bucket k, where bucket 0 holds the highest score.
  const starts = new Array<number>(max - min + 2).fill(0);
  for (const s of scores) starts[max - s + 1]!++;
  for (let k = 1; k < starts.length; k++) {
    step();
    starts[k]! += starts[k - 1]!;
  }
  return scores.map((s) => {
    step();
    return starts[max - s]!++;
  });
}
