/** The one table `pnpm bench` prints: figure, value, what it compares, the issue-16 target. */

/** @type {[key: string, meaning: string, target: string][]} */
export const FIGURES = [
  ['fetch_vs_express', 'fetch req/s, mock ÷ plain express 5 (same bytes)', '≥ 0.9'],
  ['fetch_vs_prism', 'fetch req/s, mock ÷ prism mock', '≥ 3'],
  ['fetch_vs_bare', 'fetch req/s, mock ÷ bare node:http', '—'],
  ['imagine_vs_express', 'imagine req/s, mock ÷ express echoing the body', '≥ 0.7'],
  ['imagine_vs_prism', 'imagine req/s, mock ÷ prism mock', '≥ 3'],
  ['start_ms', 'mock cold start, spawn → first 200 (ms)', '< 500'],
  ['start_vs_prism', 'Prism start ÷ mock start (× faster)', '≥ 5'],
  ['rss_mb_100k', 'mock RSS with 100 000 stored tasks (MiB)', '< 300'],
  ['fetch_p99_ratio_100k', 'fetch p99, 100 000 stored ÷ empty store', '< 1.5'],
  ['advance_10min_10k_running_ms', 'advance 10 simulated min, 10 000 running (ms)', '< 1000'],
  ['fetch_ratio_10k_running', 'fetch req/s, 10 000 running ÷ 1 000 running', '≥ 0.9'],
  ['notify_per_s', 'notifyHook deliveries/s to a bare receiver', '≥ 5000'],
  ['hanging_receiver_p99_ratio', 'imagine p99, hook to a hanging receiver ÷ no hook', '< 1.1'],
  ['client_gzip_bytes', 'client createMjClient + submitAndWait, min+gzip, all deps (B)', '< 15360'],
];

/**
 * Formats the figures as a fixed-width text table.
 * @param {Record<string, unknown>} figures
 */
export function formatTable(figures) {
  const rows = FIGURES.map(([key, meaning, target]) => [
    key,
    String(figures[key] ?? 'skipped'),
    target,
    meaning,
  ]);
  const head = ['figure', 'value', 'target', 'meaning'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
