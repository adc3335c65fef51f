/**
 * Runs the scenario suite (suite/*.test.ts) with vitest against the target named by the MJ_* variables.
 * Shared by `pnpm test:contract` and the `mjkit-conformance` CLI (through run-conformance.mjs).
 */
import { fileURLToPath } from 'node:url';
import { startVitest } from 'vitest/node';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * @param {{ env: Record<string, string>, junit?: string, json?: string }} options
 * @returns {Promise<{ ok: boolean, ms: number, files: unknown[] }>}
 */
export async function runSuite({ env, junit, json }) {
  Object.assign(process.env, env);
  const reporters = ['default', ...(junit ? ['junit'] : []), ...(json ? ['json'] : [])];
  const started = performance.now();
  const vitest = await startVitest(
    'test',
    [],
    {
      root,
      config: `${root}vitest.config.ts`,
      run: true,
      watch: false,
      reporters,
      outputFile: { ...(junit ? { junit } : {}), ...(json ? { json } : {}) },
    },
    {},
  );
  const failed = vitest ? vitest.state.getCountOfFailedTests() + vitest.state.getUnhandledErrors().length : 1;
  const files = vitest?.state.getFiles() ?? [];
  const ok = failed === 0 && files.length > 0 && files.every((f) => f.result?.state !== 'fail');
  await vitest?.close();
  return { ok, ms: Math.round(performance.now() - started), files };
}
