import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src', import.meta.url));
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory()
      ? files(path)
      : path.endsWith('.ts') && !path.endsWith('.test.ts')
        ? [path]
        : [];
  });
const all = files(src).map((path) => ({ path: relative(src, path), text: readFileSync(path, 'utf8') }));

describe('architecture (issue #11)', () => {
  it('engine/ imports nothing from http, profiles, notify, node or any I/O', () => {
    for (const { path, text } of all.filter((f) => f.path.startsWith('engine/'))) {
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec, `${path} imports ${spec}`).not.toMatch(
          /^node:|express|@ts-rest|\.\.\/(core|profiles|notify|node|adapters|gateway|mock)\b/,
        );
      }
      expect(text, path).not.toMatch(/\b(Date\.now|Math\.random|setTimeout|setInterval|fetch\()\b/);
    }
  });

  it("has no 'doc' outside profiles/ and config (route code never names a profile)", () => {
    const offenders = all.filter(
      (f) =>
        !f.path.startsWith('profiles/') &&
        f.path !== 'engine/engine-config.ts' &&
        /['"`]doc['"`]/.test(f.text),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('bundles the browser entry for platform browser with no Node built-in', async () => {
    const result = await build({
      entryPoints: [join(src, 'index.ts')],
      bundle: true,
      platform: 'browser',
      format: 'esm',
      write: false,
      metafile: true,
      logLevel: 'silent',
      conditions: ['@mjkit/source'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    const nodeImports = Object.values(result.metafile.inputs).flatMap((i) =>
      i.imports.filter((imp) => imp.path.startsWith('node:') || imp.external).map((imp) => imp.path),
    );
    expect(nodeImports).toEqual([]);
    expect(inputs.some((p) => p.includes('express'))).toBe(false);
    expect(result.outputFiles.map((f) => f.text).join('')).not.toMatch(
      /from ["']node:|require\(["'](fs|http|net|path)["']\)/,
    );
  });
});
