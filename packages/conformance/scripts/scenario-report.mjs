/**
 * Turns vitest's finished files into the scenario list the runner prints: every test with its result
 * and, for a skipped one, the reason it gave (`ctx.skip(reason)`).
 */

const MARK = { pass: '✓', fail: '✗', skip: '↷' };

/**
 * @param {Array<{ name: string, tasks?: unknown[], result?: { state?: string, errors?: Array<{ message: string }> } }>} files vitest's `state.getFiles()`
 * @returns {Array<{ file: string, name: string, result: 'pass'|'fail'|'skip', note?: string }>}
 */
export function collectScenarios(files) {
  const out = [];
  const walk = (file, task, prefix) => {
    if (task.type === 'suite') {
      for (const t of task.tasks ?? []) walk(file, t, task.name ? `${prefix}${task.name} › ` : prefix);
      return;
    }
    const state = task.result?.state;
    const result = state === 'pass' ? 'pass' : state === 'fail' ? 'fail' : 'skip';
    const note = task.result?.note ?? task.result?.errors?.[0]?.message?.split('\n')[0];
    out.push({ file, name: `${prefix}${task.name}`, result, ...(note ? { note } : {}) });
  };
  for (const file of files) {
    if ((file.tasks ?? []).length === 0 && file.result?.state === 'fail')
      out.push({
        file: file.name,
        name: '(file failed to load)',
        result: 'fail',
        note: file.result.errors?.[0]?.message,
      });
    for (const task of file.tasks ?? []) walk(file.name, task, '');
  }
  return out;
}

/** Lines of the list, then one count line. */
export function formatScenarios(scenarios) {
  const lines = scenarios.map(
    (s) =>
      `  ${MARK[s.result]} ${s.name}${s.note ? `  (${s.result === 'skip' ? 'skipped: ' : ''}${s.note})` : ''}`,
  );
  const count = (r) => scenarios.filter((s) => s.result === r).length;
  lines.push(
    `${scenarios.length} scenarios: ${count('pass')} passed, ${count('fail')} failed, ${count('skip')} skipped`,
  );
  return lines;
}
