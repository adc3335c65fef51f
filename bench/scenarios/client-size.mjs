/**
 * The client's browser bundle for `createMjClient` + `submitAndWait`, every runtime dependency included
 * (zod too), minified by esbuild for the browser, gzip level 9. Bundles the built `dist/index.js`.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../lib/mock-entry.mjs';

/** @param {(line: string) => void} log */
export async function clientSize(log) {
  const require = createRequire(`${ROOT}packages/client/package.json`);
  const { build } = await import(require.resolve('esbuild'));
  const entry = `${ROOT}packages/client/dist/index.js`;
  const result = await build({
    stdin: {
      contents: `export { createMjClient, submitAndWait } from ${JSON.stringify(entry)};`,
      resolveDir: ROOT,
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'error',
  });
  const bytes = result.outputFiles[0].contents;
  const gz = gzipSync(bytes, { level: 9 }).length;
  log(`  client: ${bytes.length} B minified, ${gz} B gzip`);
  return { client_gzip_bytes: gz, raw: { client_min_bytes: bytes.length } };
}
