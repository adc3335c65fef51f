/**
 * Issue #17: a truncated data file stops the CLI with a clear error naming the file and the choices;
 * `--data-dir-recover` keeps what is readable. Also: `--fixtures` with a bad file gives located errors,
 * and without `--data-dir` nothing is written.
 */
import { mkdtempSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliProcess, runCli, startCli } from '../support/run-cli';

let dir: string;
let children: CliProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-damaged-'));
});
afterEach(() => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  children = [];
  rmSync(dir, { recursive: true, force: true });
});

const seed = (url: string, n: number) =>
  fetch(`${url}/__mock/tasks`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ status: 'SUCCESS', prompt: `kept ${n} ${'detail '.repeat(60)}` }),
  }).then(async (r) => ((await r.json()) as { id: string }).id);

describe('a damaged data file (issue 17)', () => {
  it('refuses to start, naming the file and the choices; --data-dir-recover keeps what is readable', async () => {
    const first = await startCli(['--data-dir', dir, '--image-size', '64']);
    children.push(first);
    const ids: string[] = [];
    for (let i = 0; i < 400; i++) ids.push(await seed(first.url, i));
    first.child.kill('SIGTERM'); // graceful: the WAL is checkpointed into the file
    expect(await first.exited).toBe(0);
    const file = join(dir, 'mjkit-mock.sqlite');
    truncateSync(file, Math.floor(statSync(file).size * 0.6));

    const refused = runCli(['--port', '0', '--data-dir', dir]);
    children.push(refused);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`The mock's data file ${file} is damaged`);
    expect(refused.output()).toContain('restart with --data-dir-recover');
    expect(readdirSync(dir).some((f) => f.includes('.corrupt-'))).toBe(false);

    const recovered = await startCli(['--data-dir', dir, '--data-dir-recover', '--image-size', '64']);
    children.push(recovered);
    const kept = Number(/recovered\s+kept (\d+) task/.exec(recovered.output())?.[1]);
    expect(kept).toBeGreaterThan(50);
    expect(kept).toBeLessThan(400);
    expect(readdirSync(dir).some((f) => f.startsWith('mjkit-mock.sqlite.corrupt-'))).toBe(true);
    const found = await Promise.all(
      ids.map(async (id) => (await fetch(`${recovered.url}/mj/task/${id}/fetch`)).status === 200),
    );
    expect(found.filter(Boolean)).toHaveLength(kept);
  }, 60_000);

  it('explains a bad --fixtures file by location, and writes nothing without --data-dir', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ tasks: [{ status: 'SUCCESS' }, { status: 'DONE', staus: 1 }] }));
    const refused = runCli(['--port', '0', '--fixtures', bad]);
    children.push(refused);
    expect(await refused.exited).toBe(1);
    expect(refused.output()).toContain(`--fixtures ${bad}: Fixture has 2 problems:`);
    expect(refused.output()).toContain('tasks[1].status: Invalid option');
    expect(refused.output()).toContain('tasks[1].staus: unknown key');

    const plain = await startCli(['--image-size', '64']);
    children.push(plain);
    await seed(plain.url, 1);
    expect(readdirSync(dir)).toEqual(['bad.json']);
    expect(plain.output()).not.toContain('data ');
  }, 60_000);
});
