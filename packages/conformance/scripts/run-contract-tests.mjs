#!/usr/bin/env node
/**
 * `pnpm test:contract` (DESIGN.md §5, issue #13).
 * - With MJ_BASE_URL set: runs the scenario suite against that target as it is (a mock started by
 *   hand, a real gateway); MJ_API_KEY, MJ_PROFILE and MJ_UPSTREAM apply.
 * - Otherwise, for every profile target (doc, new-api, midjourney-proxy NZ and TA; `MJ_TARGETS=a,b`
 *   picks some): starts the mock with that `--profile`/`--upstream` on a free port, `prism proxy
 *   <the target's committed document> <mock> --errors` in front of it, runs the valid flows through
 *   Prism and the negative ones and control calls straight to the mock, and fails on any violation
 *   Prism reports beyond the harness self-test's one. A mock that does not serve a target yet is
 *   skipped with the reason (it would answer as doc and test nothing).
 * Writes reports/vitest-contract[-<target>].json for the CI summary; prints Prism's start-up and the durations.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { probeTarget, selectTargets } from './contract-targets.mjs';
import { startPrismProxy } from './prism.mjs';
import { runConformance } from './run-conformance.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
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
    upstream: process.env.MJ_UPSTREAM,
    exclusive: process.env.MJ_EXCLUSIVE === '1',
    allowPaid: process.env.MJ_ALLOW_PAID === '1',
    json: `${root}reports/vitest-contract.json`,
  });
  process.exit(code);
}

const { startMockServer } = await import('@mjkit/mock-server/node');
// No `sk-` and no `-`: new-api strips the first and reads a channel after the second (middleware/auth.go).
const apiKey = 'mjkitconformance';
const results = [];

/** One target: mock + Prism with its document + the suite. Resolves to 'passed' | 'failed' | 'skipped: …'. */
async function runTarget(target) {
  const document = fileURLToPath(new URL(`../../contract/openapi/${target.document}`, import.meta.url));
  const config = {
    imageSize: 128,
    keys: [apiKey],
    profile: target.profile,
    ...(target.upstream ? { upstream: target.upstream } : {}),
  };
  let mock;
  try {
    mock = await startMockServer({ port: 0, clock: 'manual', config, seed: 42 });
  } catch (error) {
    return `skipped: the mock refused ${JSON.stringify(config.profile)}/${target.upstream ?? '-'} (${error.message.split('\n')[0]})`;
  }
  let prism;
  try {
    const unsupported = await probeTarget(mock.url, apiKey, target);
    if (unsupported) return `skipped: ${unsupported}`;
    prism = await startPrismProxy(document, mock.url);
    console.log(
      `[${target.name}] mock ${mock.url}; prism proxy ${prism.url} with ${target.document} (started in ${prism.startupMs} ms)`,
    );
    // This stage started the mock, so it owns it: exclusive (manual clock, no real waiting).
    const { code } = await runConformance({
      baseUrl: prism.url,
      directUrl: mock.url,
      apiKey,
      profile: target.profile,
      upstream: target.upstream,
      prism: true,
      exclusive: true,
      json: `${root}reports/vitest-contract${target.name === 'doc' ? '' : `-${target.name}`}.json`,
    });
    const violations = prism.violations();
    const expected = 1; // the harness self-test's deliberate one
    console.log(
      `[${target.name}] Prism reported ${violations.length} violation(s), ${expected} expected from the self-test`,
    );
    if (violations.length !== expected)
      console.error(`[${target.name}] unexpected Prism violations:\n${violations.join('\n')}`);
    return code === 0 && violations.length === expected ? 'passed' : 'failed';
  } finally {
    await prism?.stop();
    await mock.close();
  }
}

let exitCode = 0;
try {
  for (const target of selectTargets()) {
    const started = performance.now();
    const outcome = await runTarget(target).catch((error) => {
      console.error(error);
      return 'failed';
    });
    results.push([target.name, outcome, Math.round(performance.now() - started)]);
    if (outcome === 'failed') exitCode = 1;
  }
} catch (error) {
  console.error(error);
  exitCode = 1;
}
console.log('\ncontract stage, per profile target:');
for (const [name, outcome, ms] of results) console.log(`  ${name.padEnd(22)} ${outcome} (${ms} ms)`);
console.log(`contract stage: ${Math.round(performance.now() - t0)} ms`);
process.exit(exitCode);
