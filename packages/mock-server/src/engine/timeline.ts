import type { Random } from './random';

/** One scheduled change of a running task, relative to its start. */
export interface TimelineStep {
  /** ms after the task started. */
  offset: number;
  status: 'IN_PROGRESS' | 'SUCCESS' | 'FAILURE';
  /** `NN%`, `100%` on SUCCESS, `""` on FAILURE (spec §3.1). */
  progress: string;
}

/** How a timeline ends. */
export type TimelineEnd = { kind: 'success' } | { kind: 'failure'; atFraction: number; reason: string };

/**
 * Plans a running task (DESIGN.md §3): IN_PROGRESS (`0%`) after `startMs`, then 5–7 irregular
 * rising `NN%` steps, then SUCCESS (`100%`) at `totalMs`; or FAILURE (`""`) part way.
 */
export function planTimeline(
  random: Random,
  startMs: number,
  totalMs: number,
  end: TimelineEnd,
): TimelineStep[] {
  const total = Math.max(totalMs, startMs + 10);
  const steps: TimelineStep[] = [{ offset: startMs, status: 'IN_PROGRESS', progress: '0%' }];
  const count = random.int(5, 7);
  let pct = 0;
  const span = total - startMs;
  for (let i = 1; i <= count; i++) {
    const ideal = (100 * i) / (count + 1);
    pct = Math.min(99, Math.max(pct + 1, Math.round(ideal + random.int(-6, 6))));
    const offset = startMs + Math.round((span * i) / (count + 1) + random.int(-span / 40, span / 40));
    steps.push({
      offset: Math.min(Math.max(offset, (steps.at(-1)?.offset ?? 0) + 1), total - 1),
      status: 'IN_PROGRESS',
      progress: `${pct}%`,
    });
  }
  if (end.kind === 'failure') {
    const cut = Math.max(1, Math.round(steps.length * end.atFraction));
    const kept = steps.slice(0, cut);
    const lastOffset = kept.at(-1)?.offset ?? startMs;
    return [
      ...kept,
      { offset: lastOffset + Math.max(1, Math.round(span / (count + 1))), status: 'FAILURE', progress: '' },
    ];
  }
  steps.push({ offset: total, status: 'SUCCESS', progress: '100%' });
  return steps;
}
