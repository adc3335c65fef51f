#!/usr/bin/env node
/**
 * Prints the browser bundle size of `createMjClient` + `submitAndWait` with every runtime dependency
 * included, minified and min+gzip, and fails above the 15 000-byte gzip budget (DESIGN.md §4).
 * Bundles the built `dist/` files as published: run `pnpm build` first (`--source` bundles the sources).
 */
import { existsSync } from 'node:fs';
import { GZIP_BUDGET, measureBundle } from './bundle-size.mjs';

const from = process.argv.includes('--source') ? 'source' : 'dist';
if (from === 'dist' && !existsSync(new URL('../dist/index.js', import.meta.url))) {
  console.error('size: dist/index.js is missing; run `pnpm --filter @mjkit/client... build` first');
  process.exit(1);
}
const { minified, gzip, packages } = await measureBundle({ from });
console.log(
  `@mjkit/client createMjClient + submitAndWait, browser, all dependencies (${from}): ` +
    `${minified} B minified, ${gzip} B min+gzip (budget ${GZIP_BUDGET} B gzip)`,
);
for (const [name, size] of Object.entries(packages).sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(size).padStart(7)} B  ${name}`);
if (gzip > GZIP_BUDGET) {
  console.error(`size: ${gzip} B min+gzip is over the ${GZIP_BUDGET} B budget`);
  process.exit(1);
}
