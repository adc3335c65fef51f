#!/usr/bin/env node
/**
 * Keeps each publishable package's `publishConfig.exports` equal to its `exports` without the source-only
 * `@mjkit/source` condition (issue #14 point 1), so `pnpm pack` tarballs point only at `dist/`.
 *
 *   node scripts/publish-config.mjs           check: exit 1 and name every package whose copy drifted
 *   node scripts/publish-config.mjs --write   rewrite the copies (run after changing an `exports` block)
 *
 * Development keeps `exports` as is (tests, the playground and tsc read `src/` through the condition).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Workspace packages that are published (apps are private). */
export const PUBLISHABLE = ['contract', 'client', 'mock-server', 'conformance'];

const SOURCE_CONDITION = '@mjkit/source';

/**
 * `exports` with the source condition removed at every level.
 * @example stripSource({ '.': { '@mjkit/source': './src/index.ts', import: './dist/index.js' } })
 *   // { '.': { import: './dist/index.js' } }
 */
export function stripSource(value) {
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== SOURCE_CONDITION)
      .map(([key, inner]) => [key, stripSource(inner)]),
  );
}

/** Path of a workspace package's package.json. */
export function manifestPath(dir) {
  return fileURLToPath(new URL(`../packages/${dir}/package.json`, import.meta.url));
}

/** Names of the packages whose `publishConfig.exports` differs from the stripped `exports`. */
export function drifted(write = false) {
  const out = [];
  for (const dir of PUBLISHABLE) {
    const file = manifestPath(dir);
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    if (pkg.exports === undefined) continue;
    const want = stripSource(pkg.exports);
    if (JSON.stringify(pkg.publishConfig?.exports) === JSON.stringify(want)) continue;
    out.push(pkg.name);
    if (write) {
      pkg.publishConfig = { ...pkg.publishConfig, exports: want };
      writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
    }
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const write = process.argv.includes('--write');
  const names = drifted(write);
  if (names.length === 0) console.log('publishConfig.exports: in step with exports in every package');
  else if (write) console.log(`publishConfig.exports rewritten in ${names.join(', ')}`);
  else {
    console.error(
      `publishConfig.exports differs from exports (minus "${SOURCE_CONDITION}") in ${names.join(', ')}: run node scripts/publish-config.mjs --write`,
    );
    process.exit(1);
  }
}
