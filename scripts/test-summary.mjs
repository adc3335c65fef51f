#!/usr/bin/env node
/**
 * Totals every test report the test command wrote and prints one plain line:
 *   `N passed, N failed` (`, N skipped` when any).
 *
 * Reports are found under `packages/*\/reports`, `apps/*\/reports` and the root `reports/` (root scripts'
 * tests and the tarball test, which `.ci/run` runs after the test command):
 * - `*.json`: vitest's JSON reporter (numPassedTests, numFailedTests, numPendingTests, numTodoTests);
 * - `*.xml`:  JUnit XML (Playwright, Prism stage, any other runner): one <testcase> each,
 *   failed when it holds <failure> or <error>, skipped when it holds <skipped>.
 * A later stage adds a runner by writing one more report file; nothing here changes.
 *
 * Exits 1 when any test failed or when no test ran, so `.ci/run` cannot pass on an empty run.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Lists report files of every workspace package. */
function reportFiles() {
  const files = [];
  const collect = (reports) => {
    if (!existsSync(reports)) return;
    for (const f of readdirSync(reports)) {
      if (f.endsWith('.json') || f.endsWith('.xml')) files.push(join(reports, f));
    }
  };
  collect(join(root, 'reports'));
  for (const group of ['packages', 'apps']) {
    const dir = join(root, group);
    if (!existsSync(dir)) continue;
    for (const pkg of readdirSync(dir)) {
      collect(join(dir, pkg, 'reports'));
    }
  }
  return files;
}

function countVitest(text) {
  const r = JSON.parse(text);
  let failed = r.numFailedTests ?? 0;
  // A test file that fails to load has no failed test, only a failed suite: still a failure.
  if (r.success === false && failed === 0) failed = Math.max(1, r.numFailedTestSuites ?? 0);
  return {
    passed: r.numPassedTests ?? 0,
    failed,
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  };
}

function countJunit(text) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const cases = text.match(/<testcase\b[^>]*?(\/>|>[\s\S]*?<\/testcase>)/g) ?? [];
  for (const c of cases) {
    if (/<(failure|error)\b/.test(c)) counts.failed++;
    else if (/<skipped\b/.test(c)) counts.skipped++;
    else counts.passed++;
  }
  return counts;
}

const total = { passed: 0, failed: 0, skipped: 0 };
const files = reportFiles();
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  let c;
  try {
    c = file.endsWith('.xml') ? countJunit(text) : countVitest(text);
  } catch (err) {
    console.error(`test-summary: unreadable report ${file}: ${err.message}`);
    total.failed++;
    continue;
  }
  console.error(`  ${file.slice(root.length)}: ${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`);
  total.passed += c.passed;
  total.failed += c.failed;
  total.skipped += c.skipped;
}
const line = `${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`;
console.log(line);
if (files.length === 0) console.error('test-summary: no test report found; did the tests run?');
process.exit(total.failed > 0 || total.passed === 0 ? 1 : 0);
