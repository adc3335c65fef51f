import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const rootReadme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
const src = fileURLToPath(new URL('../src/', import.meta.url));
const dir = fileURLToPath(new URL('./.snippets/', import.meta.url));
mkdirSync(dir, { recursive: true });

/** The ```ts block after `<!-- snippet:name -->`. */
function snippet(name: string): string {
  const at = readme.indexOf(`<!-- snippet:${name} -->`);
  const code = /```ts\n([\s\S]*?)```/.exec(readme.slice(at))?.[1];
  if (at < 0 || !code) throw new Error(`README has no snippet ${name}`);
  return code;
}

/** Runs a snippet as written, with the package imports pointed at the sources; returns what it logged. */
async function run(name: string): Promise<unknown[]> {
  const code = snippet(name)
    .replace("'@mjkit/mock-server/node'", `'${src}node/index.ts'`)
    .replace("'@mjkit/mock-server/msw'", `'${src}msw.ts'`)
    .replace("'@mjkit/mock-server'", `'${src}index.ts'`);
  const file = `${dir}${name}.ts`;
  writeFileSync(file, `${code}\nexport {};\n`);
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  try {
    await import(/* @vite-ignore */ file);
    return log.mock.calls.map((c) => c[0]);
  } finally {
    log.mockRestore();
  }
}

describe('README: the three ways to run the mock', () => {
  afterAll(() => vi.restoreAllMocks());
  for (const name of ['server', 'fetch', 'msw']) {
    it(`${name}: the snippet runs as written and submits an imagine (code 1)`, async () => {
      expect(await run(name)).toEqual([1]);
    });
    it(`${name}: the root README shows the same snippet`, () => {
      expect(rootReadme).toContain(snippet(name));
    });
  }
});
