#!/usr/bin/env node
/**
 * `pnpm test:contract` (DESIGN.md §5).
 * - With MJ_BASE_URL set: runs the scenario suite against that target as it is (a mock started by
 *   hand, a real gateway); MJ_API_KEY and MJ_PROFILE apply.
 * - Otherwise: starts the mock on a free port, `prism proxy <committed openapi> <mock> --errors` in
 *   front of it, runs the valid flows through Prism and the negative ones and control calls straight
 *   to the mock, then fails on any violation Prism reports beyond the harness self-test's one.
 * Writes reports/vitest-contract.json for the CI summary; prints Prism's start-up and the durations.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startPrismProxy } from './prism.mjs';
import { runConformance } from './run-conformance.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const json = `${root}reports/vitest-contract.json`;
mkdirSync(`${root}reports`, { recursive: true });
const t0 = performance.now();

if (process.env.MJ_BASE_URL) {
  // Someone else's target: shared (non-destructive) unless MJ_EXCLUSIVE=1, paid flows only with MJ_ALLOW_PAID=1.
  const { code } = await runConformance({
    baseUrl: process.env.MJ_BASE_URL,
    directUrl: process.env.MJ_DIRECT_URL,
    apiKey: process.env.MJ_API_KEY,
    controlKey: process.env.MJ_CONTROL_KEY,
    profile: process.env.MJ_PROFILE,
    exclusive: process.env.MJ_EXCLUSIVE === '1',
    allowPaid: process.env.MJ_ALLOW_PAID === '1',
    json,
  });
  process.exit(code);
}

const { startMockServer } = await import('@mjkit/mock-server/node');
const document = fileURLToPath(new URL('../../contract/openapi/gateway.json', import.meta.url));
const apiKey = 'sk-mjkit-conformance';
const mock = await startMockServer({
  port: 0,
  clock: 'manual',
  config: { imageSize: 128, keys: [apiKey] },
  seed: 42,
});
let prism;
let exitCode = 1;
try {
  prism = await startPrismProxy(document, mock.url);
  console.log(`mock ${mock.url}; prism proxy ${prism.url} (started in ${prism.startupMs} ms)`);
  // This stage started the mock, so it owns it: exclusive (manual clock, no real waiting).
  const { code } = await runConformance({
    baseUrl: prism.url,
    directUrl: mock.url,
    apiKey,
    prism: true,
    exclusive: true,
    json,
  });
  const ok = code === 0;
  const violations = prism.violations();
  const expected = 1; // the harness self-test's deliberate one
  console.log(`Prism reported ${violations.length} violation(s), ${expected} expected from the self-test`);
  if (violations.length !== expected) console.error(`unexpected Prism violations:\n${violations.join('\n')}`);
  exitCode = ok && violations.length === expected ? 0 : 1;
} catch (error) {
  console.error(error);
} finally {
  await prism?.stop();
  await mock.close();
  console.log(`contract stage: ${Math.round(performance.now() - t0)} ms`);
}
process.exit(exitCode);
