/**
 * Bundles what a browser loads for `createMjClient` + `submitAndWait`: every runtime dependency
 * included (no externals), minified for the browser, and reports min and min+gzip bytes per package.
 * `from: 'dist'` bundles the built files as published (size.mjs); `from: 'source'` the TypeScript
 * sources through the `@mjkit/source` condition (the test, no build needed).
 */
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

/** Budget from DESIGN.md §4: min+gzip bytes. */
export const GZIP_BUDGET = 15_000;

/** @param {{ from: 'dist' | 'source' }} options */
export async function measureBundle({ from }) {
  const entry = fileURLToPath(
    new URL(from === 'dist' ? '../dist/index.js' : '../src/index.ts', import.meta.url),
  );
  const result = await build({
    stdin: {
      contents: `export { createMjClient, submitAndWait } from ${JSON.stringify(entry)};`,
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'js',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    conditions: from === 'source' ? ['@mjkit/source'] : [],
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  /** Bytes of each package (or workspace folder) in the output. */
  const packages = {};
  const output = Object.values(result.metafile.outputs)[0];
  for (const [file, info] of Object.entries(output?.inputs ?? {})) {
    const name =
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1] ??
      (file.includes('contract/') ? '@mjkit/contract' : '@mjkit/client');
    packages[name] = (packages[name] ?? 0) + info.bytesInOutput;
  }
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    packages,
  };
}
