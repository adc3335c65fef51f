const KEYCAPS = ['1️⃣', '2️⃣', '3️⃣', '4️⃣', '5️⃣'];

/**
 * A Shorten result in Midjourney's Markdown (spec §3.1, PL example): important tokens bold, dropped
 * ones struck through, then five shortened prompts, each shorter than the last.
 */
export function shortenAnalysis(prompt: string): string {
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
  const shortened = KEYCAPS.map((keycap, i) => {
    const n = Math.max(1, phrases.length - i);
    const chosen = phrases.filter((p) => ranked.slice(0, n).includes(p));
    return `${keycap} ${[chosen.join(', '), params].filter(Boolean).join(' ')}`;
  });
  return `## Important tokens\n${tokens}\n## Shortened prompts\n${shortened.join('\n\n')}`;
}
