import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const entry = fileURLToPath(new URL('../src/core/index.ts', import.meta.url));

/** `@mjkit/contract/core` is what clients and browsers load: it must carry no zod and no ts-rest. */
describe('@mjkit/contract/core bundle', () => {
  it('bundles for the browser with no zod, ts-rest or other package code in it', async () => {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.length).toBeGreaterThan(5);
    expect(inputs.filter((file) => file.includes('node_modules'))).toEqual([]);
    const code = result.outputFiles[0]?.text ?? '';
    expect(code).not.toMatch(/zod|ts-rest|ZodError|safeParse/i);
    // Everything exported is there, and small: the whole table set is a few kB.
    expect(code).toContain('/mj/submit/imagine');
    expect(code).toContain('prompt_is_required');
    expect(result.outputFiles[0]?.contents.length).toBeLessThan(20_000);
  });
});
