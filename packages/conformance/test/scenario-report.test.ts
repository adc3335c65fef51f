import { describe, expect, it } from 'vitest';
import { collectScenarios, formatScenarios } from '../scripts/scenario-report.mjs';

/** The runner's scenario list from vitest's task tree (builders, not a captured tree). */
const test = (name: string, state?: string, note?: string) => ({
  type: 'test',
  name,
  result: state ? { state, ...(note ? { note } : {}) } : undefined,
});
const suite = (name: string, tasks: unknown[]) => ({ type: 'suite', name, tasks });

describe('scenario report', () => {
  it('lists nested tests with their result and skip reason, then counts them', () => {
    const files = [
      {
        name: 'suite/flows.test.ts',
        tasks: [
          suite('flows', [test('a', 'pass'), test('b', 'skip', 'needs --allow-paid'), test('c', 'fail')]),
        ],
      },
      { name: 'suite/other.test.ts', tasks: [test('d')] },
    ];
    const scenarios = collectScenarios(files);
    expect(scenarios.map((s) => [s.name, s.result])).toEqual([
      ['flows › a', 'pass'],
      ['flows › b', 'skip'],
      ['flows › c', 'fail'],
      ['d', 'skip'],
    ]);
    const lines = formatScenarios(scenarios);
    expect(lines[1]).toBe('  ↷ flows › b  (skipped: needs --allow-paid)');
    expect(lines.at(-1)).toBe('4 scenarios: 1 passed, 1 failed, 2 skipped');
  });

  it('reports a file that failed to load as a failure', () => {
    const scenarios = collectScenarios([
      { name: 'x.test.ts', tasks: [], result: { state: 'fail', errors: [{ message: 'boom' }] } },
    ]);
    expect(scenarios).toEqual([
      { file: 'x.test.ts', name: '(file failed to load)', result: 'fail', note: 'boom' },
    ]);
  });
});
