/** Edit distance (insertions, deletions, substitutions, adjacent swaps) between two short strings. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  return d[a.length]![b.length]!;
}

/**
 * The known name closest to `input`, if it is close enough to be a typo (distance ≤ 2, and ≤ a third
 * of the longer name) or `input` is a prefix of exactly one name.
 * @example didYouMean('prot', ['port', 'host']) // 'port'
 */
export function didYouMean(input: string, known: readonly string[]): string | undefined {
  const want = input.toLowerCase();
  const prefixed = known.filter((k) => k.startsWith(want));
  if (want.length >= 2 && prefixed.length === 1) return prefixed[0];
  let best: { name: string; d: number } | undefined;
  for (const name of known) {
    const d = editDistance(want, name);
    if (!best || d < best.d) best = { name, d };
  }
  return best && best.d <= 2 && best.d <= Math.ceil(Math.max(want.length, best.name.length) / 3)
    ? best.name
    : undefined;
}
