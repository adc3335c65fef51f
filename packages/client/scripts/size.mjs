#!/usr/bin/env node
/**
 * Prints the client's browser bundle size, minified and gzipped, excluding zod (goal < 15 kB).
 * Bundles the built `dist/index.js` (so run `pnpm build` first) with esbuild for the browser.
 */
import { gzipSync } from 'node:zlib';
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entry = new URL('../dist/index.js', import.meta.url).pathname;
if (!existsSync(entry)) {
  console.error('size: dist/index.js is missing; run `pnpm --filter @mjkit/client build` first');
  process.exit(1);
}
const result = await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  write: false,
  external: ['zod', 'zod/*'],
  metafile: true,
  logLevel: 'error',
});
const bytes = result.outputFiles[0].contents;
const gz = gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const inputs = Object.entries(result.metafile.inputs)
  .map(([file, info]) => [file.replace(/^.*node_modules\/(\.pnpm\/[^/]+\/node_modules\/)?/, ''), info.bytes])
  .reduce((acc, [file, size]) => {
    const pkg = file.startsWith('@')
      ? file.split('/').slice(0, 2).join('/')
      : file.includes('/dist/')
        ? file.split('/dist/')[0]
        : file;
    acc[pkg] = (acc[pkg] ?? 0) + size;
    return acc;
  }, {});
console.log(
  `@mjkit/client browser bundle (zod excluded): ${kb(bytes.length)} minified, ${kb(gz)} min+gzip (goal < 15 kB)`,
);
for (const [pkg, size] of Object.entries(inputs)
  .sort((a, b) => b[1] - a[1])
  .slice(0, 6))
  console.log(`  ${kb(size).padStart(9)}  ${pkg}`);
