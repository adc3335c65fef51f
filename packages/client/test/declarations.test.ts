import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const clientDir = fileURLToPath(new URL('..', import.meta.url));
const contractDir = join(clientDir, '../contract');
const dist = (pkg: string) => join(pkg, 'dist');

/** Builds a package unless its dist is there (`test:contract` runs after turbo's build). */
function ensureBuilt(pkg: string): void {
  if (existsSync(join(dist(pkg), 'index.d.ts'))) return;
  execFileSync('pnpm', ['exec', 'tsup'], { cwd: pkg, stdio: 'ignore' });
}

const declarations = (pkg: string) =>
  readdirSync(dist(pkg))
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => ({
      file: `${pkg.endsWith('contract') ? 'contract' : 'client'}/dist/${f}`,
      text: readFileSync(join(dist(pkg), f), 'utf8'),
    }));

/** A consumer as issue 14 point 5 describes it: strict, skipLibCheck false, every public entry. */
const CONSUMER = `
import { gatewayContract, TaskWireSchema, type TaskWire } from '@mjkit/contract';
import { GATEWAY_ROUTES, isTerminalStatus, type ImagineBody } from '@mjkit/contract/core';
import { ButtonNotFoundError, createMjClient, MjNetworkError, pressButton, submitAndWait, type MjTask } from '@mjkit/client';
import { parseNotification, validateResponse } from '@mjkit/client/validate';
import { createMockControl } from '@mjkit/client/control';

const mj = createMjClient({ baseUrl: 'http://127.0.0.1:8080', apiKey: 'sk', validate: validateResponse });
const body: ImagineBody = { prompt: 'cat', mode: 'relax' };
export async function run(): Promise<string | undefined> {
  const r = await submitAndWait(mj, 'imagine', body);
  const task: MjTask = r.task;
  const raw = await mj.raw.fetchTask({ params: { id: task.id } });
  const wire: TaskWire | undefined = raw.status === 200 ? raw.body : undefined;
  const parsed = TaskWireSchema.parse(wire);
  await pressButton(mj, task, 'U1').catch((e: unknown) => e instanceof ButtonNotFoundError || e instanceof MjNetworkError);
  const control = createMockControl('http://127.0.0.1:8080');
  await control.advance(1000);
  void gatewayContract.imagine.path;
  // @ts-expect-error misspelt field
  await mj.imagine({ prompt: 'x', notifyhook: 'h' });
  return isTerminalStatus(parseNotification(parsed).status) ? GATEWAY_ROUTES.imagine.path : undefined;
}
`;

describe('published declarations (issue 14 point 5)', () => {
  let tmp = '';
  beforeAll(() => {
    ensureBuilt(contractDir);
    ensureBuilt(clientDir);
    tmp = mkdtempSync(join(clientDir, '.dts-consumer-'));
  }, 300_000);
  afterAll(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('reference no @ts-rest package, and the core and client entries no zod', () => {
    const files = [...declarations(contractDir), ...declarations(clientDir)];
    expect(files.length).toBeGreaterThan(6);
    expect(files.filter((f) => f.text.includes('@ts-rest/core')).map((f) => f.file)).toEqual([]);
    const imports = /(?:from|import\()\s*['"]@ts-rest\//;
    expect(files.filter((f) => imports.test(f.text)).map((f) => f.file)).toEqual([]);
    const zodFree = files.filter((f) =>
      /contract\/dist\/core\.d\.ts|client\/dist\/index\.d\.ts/.test(f.file),
    );
    expect(zodFree).toHaveLength(2);
    for (const f of zodFree) expect(f.text, f.file).not.toMatch(/from ['"]zod['"]/);
  });

  it('type-check a strict consumer with skipLibCheck false against the built files', () => {
    const require = createRequire(join(contractDir, 'package.json'));
    const zod = dirname(require.resolve('zod/package.json'));
    writeFileSync(join(tmp, 'consumer.ts'), CONSUMER);
    const map = (pkg: string, file: string) => [join(dist(pkg), file)];
    writeFileSync(
      join(tmp, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          target: 'ES2022',
          lib: ['ES2023', 'DOM'],
          module: 'ESNext',
          moduleResolution: 'Bundler',
          types: ['node'],
          paths: {
            '@mjkit/contract': map(contractDir, 'index.d.ts'),
            '@mjkit/contract/core': map(contractDir, 'core.d.ts'),
            '@mjkit/client': map(clientDir, 'index.d.ts'),
            '@mjkit/client/validate': map(clientDir, 'validate.d.ts'),
            '@mjkit/client/control': map(clientDir, 'control.d.ts'),
            zod: [zod],
          },
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
    const started = performance.now();
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', tmp, '--extendedDiagnostics'], { encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    const ms = Math.round(performance.now() - started);
    console.log(`consumer type-check (strict, skipLibCheck false): ${ms} ms`);
    expect(output).toBe('');
  }, 120_000);
});
