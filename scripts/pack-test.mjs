#!/usr/bin/env node
/**
 * The tarball test (issue #14, "Done when"): packs every publishable package with `pnpm pack`, installs
 * the tarballs with npm into a fresh project outside the repo (no workspace), and there
 *   1. type-checks a consumer file with `strict` and `skipLibCheck: false`,
 *   2. runs `mjkit-mock --help` and starts the mock from the tarball,
 *   3. runs `mjkit-conformance` from the tarball against it (must pass),
 *   4. bundles a browser entry of the client with esbuild, every dependency included, and prints its
 *      minified and min+gzip size.
 * Each step is one testcase in reports/pack-test.xml (counted by scripts/test-summary.mjs). Bounded: every
 * step has a timeout. `--keep` keeps the temp project for a look.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { consumerFiles } from './pack-test/consumer-files.mjs';
import { createSteps, exec } from './pack-test/steps.mjs';
import { drifted, PUBLISHABLE } from './publish-config.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'mjkit-pack-test-'));
const tarballDir = join(work, 'tarballs');
const project = join(work, 'consumer');
mkdirSync(tarballDir);
mkdirSync(project);
const steps = createSteps('tarballs');
const tarballs = {};
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
const must = (cond, message) => {
  if (!cond) throw new Error(message);
};
/** The file paths an `exports` value points at (its string leaves, not its subpath keys). */
const exportTargets = (value) =>
  typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(exportTargets);
const tail = (out, n = 15) => out.trim().split('\n').slice(-n).join('\n');
console.log(`tarball test in ${work}`);

await steps.step('publishConfig.exports mirror exports without @mjkit/source', () => {
  const names = drifted();
  must(names.length === 0, `out of step in ${names.join(', ')}: run node scripts/publish-config.mjs --write`);
});

await steps.step('build the publishable packages (with declarations)', async () => {
  const filters = PUBLISHABLE.map((dir) => `--filter=./packages/${dir}`);
  const { code, out } = await exec(
    process.execPath,
    [`${root}node_modules/turbo/bin/turbo`, 'run', 'build', ...filters, '--output-logs=errors-only'],
    { cwd: root, timeoutMs: 300_000 },
  );
  must(code === 0, `turbo build exited ${code}:\n${tail(out)}`);
});

await steps.step(
  'pnpm pack: every tarball has dist/, no src/, no source condition, no workspace: range',
  async () => {
    const notes = [];
    for (const dir of PUBLISHABLE) {
      const before = new Set(readdirSync(tarballDir));
      const { code, out } = await exec('pnpm', ['pack', '--pack-destination', tarballDir], {
        cwd: join(root, 'packages', dir),
        timeoutMs: 60_000,
      });
      must(code === 0, `pnpm pack in packages/${dir} exited ${code}:\n${tail(out)}`);
      const file = readdirSync(tarballDir).find((f) => !before.has(f));
      must(file, `pnpm pack in packages/${dir} wrote no tarball`);
      const tgz = join(tarballDir, file);
      const list = (await exec('tar', ['-tzf', tgz])).out.split('\n').filter(Boolean);
      const manifestText = (await exec('tar', ['-xzOf', tgz, 'package/package.json'])).out;
      const manifest = JSON.parse(manifestText);
      tarballs[manifest.name] = tgz;
      must(!list.some((f) => f.startsWith('package/src/')), `${manifest.name}: the tarball ships src/`);
      must(!manifestText.includes('@mjkit/source'), `${manifest.name}: package.json keeps @mjkit/source`);
      must(!manifestText.includes('workspace:'), `${manifest.name}: package.json keeps a workspace: range`);
      for (const target of exportTargets(manifest.exports)) {
        const path = `package/${target.replace(/^\.\//, '')}`;
        must(list.includes(path), `${manifest.name}: exports point at ${path}, which is not in the tarball`);
      }
      for (const bin of Object.values(manifest.bin ?? {}))
        must(list.includes(`package/${bin.replace(/^\.\//, '')}`), `${manifest.name}: bin ${bin} is missing`);
      notes.push(`${manifest.name} ${list.length} files`);
    }
    return notes.join(', ');
  },
);

await steps.step(
  'npm install of the tarballs into a fresh project outside the repo',
  async () => {
    for (const [name, text] of Object.entries(consumerFiles(tarballs)))
      writeFileSync(join(project, name), text);
    const { code, out } = await exec('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: project,
      timeoutMs: 300_000,
      env: { ...process.env, npm_config_workspaces: 'false' },
    });
    must(code === 0, `npm install exited ${code}:\n${tail(out)}`);
    const zods = (await exec('npm', ['ls', 'zod', '--all', '--parseable'], { cwd: project })).out
      .split('\n')
      .filter((l) => l.trim().endsWith('/zod'));
    return `${new Set(zods).size} zod cop${new Set(zods).size === 1 ? 'y' : 'ies'} installed`;
  },
  { needs: ['pnpm pack: every tarball has dist/, no src/, no source condition, no workspace: range'] },
);
const INSTALLED = 'npm install of the tarballs into a fresh project outside the repo';

await steps.step(
  'consumer file type-checks with strict and skipLibCheck: false',
  async () => {
    const { code, out } = await exec(join(project, 'node_modules/.bin/tsc'), ['-p', '.'], {
      cwd: project,
      timeoutMs: 180_000,
    });
    const errors = out.match(/error TS\d+/g)?.length ?? 0;
    const files = [...new Set(out.match(/^[^\s(]+(?=\(\d+,\d+\): error)/gm) ?? [])];
    must(
      code === 0,
      `tsc exited ${code} with ${errors} error(s) in ${files.length} file(s): ${files.slice(0, 6).join(', ')}\n${tail(out, 8)}`,
    );
  },
  { needs: [INSTALLED] },
);

await steps.step(
  'mjkit-mock --help from the tarball',
  async () => {
    const { code, out } = await exec(join(project, 'node_modules/.bin/mjkit-mock'), ['--help'], {
      cwd: project,
      timeoutMs: 30_000,
    });
    must(code === 0 && /Usage: mjkit-mock/.test(out), `exit ${code}:\n${tail(out)}`);
  },
  { needs: [INSTALLED] },
);

let mock;
let mockUrl;
await steps.step(
  'mjkit-mock starts from the tarball',
  async () => {
    mock = spawn(
      join(project, 'node_modules/.bin/mjkit-mock'),
      ['--port', '0', '--speed', '50', '--image-size', '64', '--key', 'sk-pack-test', '--quiet'],
      { cwd: project, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    const t0 = performance.now();
    mockUrl = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no "listening on" line in 30 s:\n${out}`)), 30_000);
      const onData = (d) => {
        out += d;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]);
        }
      };
      mock.stdout.on('data', onData);
      mock.stderr.on('data', onData);
      mock.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`mjkit-mock exited ${code}:\n${out}`));
      });
    });
    return `${mockUrl}, listening ${Math.round(performance.now() - t0)} ms after spawn`;
  },
  { needs: [INSTALLED] },
);

await steps.step(
  'the tarball mock serves the docs UI from dist/docs-ui (no swagger-ui-dist installed)',
  async () => {
    const got = {};
    for (const path of ['/docs', '/docs/assets/swagger-ui-bundle.js', '/docs/specs/gateway.json']) {
      const res = await fetch(`${mockUrl}${path}`);
      const body = await res.text();
      must(res.status === 200, `${path} answered ${res.status}: ${body.slice(0, 200)}`);
      got[path] = { type: res.headers.get('content-type'), body };
    }
    must(got['/docs'].body.includes('swagger-ui-bundle.js'), '/docs is not the Swagger UI page');
    must(got['/docs/assets/swagger-ui-bundle.js'].type === 'text/javascript; charset=utf-8', 'bundle type');
    const servers = JSON.parse(got['/docs/specs/gateway.json'].body).servers;
    must(servers[0].url === mockUrl, `servers[0] is ${servers[0].url}, not ${mockUrl}`);
    return `page, ${(got['/docs/assets/swagger-ui-bundle.js'].body.length / 1024).toFixed(0)} KiB bundle, servers → ${servers[0].url}`;
  },
  { needs: ['mjkit-mock starts from the tarball'] },
);

await steps.step(
  'mjkit-conformance from the tarball passes against it',
  async () => {
    const { code, out } = await exec(
      join(project, 'node_modules/.bin/mjkit-conformance'),
      ['--base-url', mockUrl, '--key', 'sk-pack-test'],
      { cwd: project, timeoutMs: 240_000, env: { ...process.env, NO_COLOR: '1' } },
    );
    const summary = /^\d+ scenarios: .*$/m.exec(out)?.[0];
    must(code === 0, `exit ${code}:\n${tail(out, 30)}`);
    return `${summary}; ${/tasks created on the target: \d+/.exec(out)?.[0]}`;
  },
  { needs: ['mjkit-mock starts from the tarball'] },
);
if (mock && mock.exitCode === null) {
  const exited = new Promise((resolve) => mock.once('exit', resolve));
  mock.kill('SIGTERM');
  await exited;
}

await steps.step(
  'browser bundle of createMjClient + submitAndWait, every dependency included',
  async () => {
    const esbuild = await import(pathToFileURL(join(project, 'node_modules/esbuild/lib/main.js')).href);
    const result = await esbuild.build({
      entryPoints: [join(project, 'browser-entry.js')],
      absWorkingDir: project,
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const bytes = result.outputFiles[0].contents;
    const gz = gzipSync(bytes, { level: 9 }).length;
    const byPackage = {};
    for (const [file, info] of Object.entries(result.metafile.inputs)) {
      const m = [...file.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].at(-1);
      const pkg = m ? m[1] : file;
      byPackage[pkg] = (byPackage[pkg] ?? 0) + info.bytes;
    }
    const top = Object.entries(byPackage)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([p, n]) => `${p} ${kb(n)}`)
      .join(', ');
    return `${kb(bytes.length)} minified, ${kb(gz)} min+gzip (goal < 15 kB); largest inputs: ${top}`;
  },
  { needs: [INSTALLED] },
);

mkdirSync(join(root, 'reports'), { recursive: true });
writeFileSync(join(root, 'reports/pack-test.xml'), steps.junit());
if (process.argv.includes('--keep')) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
const failed = steps.results.filter((r) => r.state !== 'passed');
console.log(
  `tarball test: ${steps.results.length - failed.length}/${steps.results.length} steps passed (reports/pack-test.xml)`,
);
process.exit(failed.length === 0 ? 0 : 1);
