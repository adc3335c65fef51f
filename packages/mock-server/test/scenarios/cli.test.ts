import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli';

let children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  children = [];
});

describe('mjkit-mock CLI', () => {
  it('prints the URLs it serves, serves the API, and shuts down gracefully on SIGTERM', async () => {
    const p = runCli(['--port', '0', '--key', 'sk-cli', '--quiet', '--image-size', '64']);
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
    const open = runCli(['--port', '0', '--quiet']);
    children.push(open.child);
    expect(await open.waitFor(/auth\s+OPEN/)).toBeTruthy();
    open.child.kill('SIGTERM');
    await open.exited;
    const bad = runCli(['--speed', 'fast']);
    children.push(bad.child);
    expect(await bad.exited).toBe(2);
    expect(bad.output()).toContain('--speed must be a number > 0');
  });

  it('prints its version, and suggests the flag meant for a typo (exit 2)', async () => {
    const version = runCli(['--version']);
    expect(await version.exited).toBe(0);
    expect(version.output().trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const typo = runCli(['--prot', '9000']);
    expect(await typo.exited).toBe(2);
    expect(typo.output()).toContain('unknown option --prot; did you mean --port?');
  });

  it('--log-format json: a ready line, one JSON line per request, polling at debug, keys masked', async () => {
    const p = runCli([
      '--port',
      '0',
      '--log-format',
      'json',
      '--ready-json',
      '--key',
      'sk-cli-secret',
      '--image-size',
      '64',
    ]);
    children.push(p.child);
    const url = (await p.waitFor(/"event":"ready","url":"(http:[^"]+)"/))?.[1];
    expect(url, p.output()).toBeDefined();
    const headers = { 'content-type': 'application/json', authorization: 'Bearer sk-cli-secret' };
    const submit = await fetch(`${url}/mj/submit/imagine`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ prompt: 'logged', apiKey: 'sk-leaked-in-body' }),
    });
    const taskId = ((await submit.json()) as { result: string }).result;
    expect((await fetch(`${url}/mj/task/${taskId}/fetch`, { headers })).status).toBe(200);
    expect((await fetch(`${url}/mj/task/nope/fetch`, { headers })).status).toBe(400);
    await p.waitFor(/task\/nope\/fetch 400/);
    p.child.kill('SIGTERM');
    expect(await p.exited).toBe(0);

    const lines = p.output().trim().split('\n');
    const events = lines.map((l) => JSON.parse(l) as Record<string, unknown>); // every line is JSON
    expect(events[0]).toMatchObject({ event: 'ready', url, docs: `${url}/docs`, apiKeys: 1 });
    const requests = events.filter((e) => e.event === 'request');
    expect(requests.map((e) => [e.level, e.method, e.route, e.status])).toEqual([
      [30, 'POST', 'imagine', 200],
      [40, 'GET', 'fetchTask', 400], // the successful poll is debug: not shown at info
    ]);
    expect(requests[0]).toMatchObject({
      taskId,
      msg: expect.stringMatching(/^POST \/mj\/submit\/imagine 200 /),
    });
    expect(p.output()).not.toContain('sk-cli-secret');
    expect(p.output()).not.toContain('sk-leaked-in-body');
    expect(events.at(-1)).toMatchObject({ event: 'shutdown', signal: 'SIGTERM' });
  });

  it('pretty (the default, also on a pipe as under turbo): one short line per request, polls with debug', async () => {
    const p = runCli(['--port', '0', '--log-level', 'debug', '--image-size', '64']);
    children.push(p.child);
    const url = (await p.waitFor(/listening on (http:\/\/127\.0\.0\.1:\d+)/))?.[1];
    const submit = await fetch(`${url}/mj/submit/imagine`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'pretty' }),
    });
    const taskId = ((await submit.json()) as { result: string }).result;
    await fetch(`${url}/mj/task/${taskId}/fetch`);
    await p.waitFor(/DEBUG: GET \/mj\/task/);
    p.child.kill('SIGTERM');
    await p.exited;
    const logLines = p
      .output()
      .split('\n')
      .filter((l) => l.startsWith('['));
    expect(logLines.slice(0, 2)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^\\[\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\] INFO: POST /mj/submit/imagine 200 [\\d.]+ ms task ${taskId}$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^\\[[\\d:.]+\\] DEBUG: GET /mj/task/${taskId}/fetch 200 [\\d.]+ ms task ${taskId}$`),
      ),
    ]);
    expect(p.output()).not.toContain('{"level"');
  });
});
