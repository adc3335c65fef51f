import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const cli = fileURLToPath(new URL('../../src/node/cli.ts', import.meta.url));

/** Runs `mjkit-mock` from source (tsx, workspace packages from source) and collects its output. */
function run(args: string[]) {
  const child = spawn(process.execPath, ['--conditions=@mjkit/source', '--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 300 && !pattern.test(out); i++) await new Promise((r) => setTimeout(r, 50));
    return pattern.exec(out);
  };
  return { child, output: () => out, exited, waitFor };
}

let children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  children = [];
});

describe('mjkit-mock CLI', () => {
  it('prints the URLs it serves, serves the API, and shuts down gracefully on SIGTERM', async () => {
    const p = run(['--port', '0', '--key', 'sk-cli', '--quiet', '--image-size', '64']);
    children.push(p.child);
    const url = (await p.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))?.[1];
    expect(url, p.output()).toBeDefined();
    expect(p.output()).toContain(`${url}/docs`);
    expect(p.output()).toContain('1 key(s)');
    const res = await fetch(`${url}/mj/submit/imagine`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'mj-api-secret': 'sk-cli' },
      body: JSON.stringify({ prompt: 'cli' }),
    });
    expect(((await res.json()) as { code: number }).code).toBe(1);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);
    expect(p.output()).toContain('SIGTERM: shutting down');
  });

  it('says the server is open when no key is configured, and explains bad options', async () => {
    const open = run(['--port', '0', '--quiet']);
    children.push(open.child);
    expect(await open.waitFor(/auth\s+OPEN/)).toBeTruthy();
    open.child.kill('SIGTERM');
    await open.exited;
    const bad = run(['--speed', 'fast']);
    children.push(bad.child);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('--speed must be a number > 0');
  });
});
