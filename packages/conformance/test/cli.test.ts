import { type RunningMockServer, startMockServer } from '@mjkit/mock-server/node';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, scenarioLines } from './run-cli';

/**
 * `mjkit-conformance` against disposable mocks on 127.0.0.1 (issue #14 point 9): it leaves a shared mock
 * alone, restores the clock when exclusive, checks auth up front, and runs task-creating flows on a target
 * without the control API only with --allow-paid. Fast real clocks (speed 100) keep real-time waits short.
 */
const KEY = 'sk-conformance-cli';
let mock: RunningMockServer | undefined;
afterEach(async () => {
  await mock?.close();
  mock = undefined;
});

const start = async (options: Parameters<typeof startMockServer>[0] = {}) => {
  mock = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    clock: 'real',
    speed: 100,
    seed: 7,
    config: { imageSize: 64, keys: [KEY, 'sk-someone-else'] },
    ...options,
  });
  return mock;
};
/** The few fields these tests read from mock replies. */
interface Reply {
  clock?: { mode: string; speed: number };
  result?: string;
  id?: string;
}
const json = (url: string, init: RequestInit = {}) =>
  fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}`, ...init.headers },
  }).then((r) => r.json() as Promise<Reply>);

describe('mjkit-conformance', () => {
  it('shared (default): passes, changes no clock, keeps other users’ tasks, lists every scenario', async () => {
    const { url } = await start();
    const other = { authorization: 'Bearer sk-someone-else' };
    const theirs = await json(`${url}/mj/submit/imagine`, {
      method: 'POST',
      headers: other,
      body: JSON.stringify({ prompt: 'someone else’s lighthouse' }),
    });
    const run = await runCli(['--base-url', url, '--key', KEY]);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain(`target ${url}, profile doc`);
    expect(run.out).toMatch(/mode: shared \(nothing global changed/);
    const lines = scenarioLines(run.out);
    expect(lines.length).toBeGreaterThanOrEqual(17);
    expect(run.out).toContain(`${lines.length} scenarios: `);
    expect(lines.filter((l) => l.includes('✗'))).toEqual([]);
    expect(Number(/tasks created on the target: (\d+)/.exec(run.out)?.[1])).toBeGreaterThan(10);
    const state = await json(`${url}/__mock/state`);
    expect(state.clock).toMatchObject({ mode: 'real', speed: 100 });
    const task = await json(`${url}/mj/task/${theirs.result}/fetch`, { headers: other });
    expect(task.id).toBe(theirs.result);
  });

  it('shared: refuses a mock whose clock is manual instead of advancing it', async () => {
    const { url } = await start({ clock: 'manual' });
    const before = (await json(`${url}/__mock/state`)).clock;
    const run = await runCli(['--base-url', url, '--key', KEY]);
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/manual clock.*--exclusive/);
    expect(run.out).not.toContain('scenarios against');
    expect((await json(`${url}/__mock/state`)).clock).toEqual(before);
  });

  it('--exclusive: runs on the manual clock and restores the mode and speed it found', async () => {
    const { url } = await start({ speed: 7 });
    const run = await runCli(['--base-url', url, '--key', KEY, '--exclusive']);
    expect(run.code, run.out).toBe(0);
    expect(run.out).toContain('mode: exclusive');
    expect(run.out).toContain('clock restored: real at speed 7');
    expect((await json(`${url}/__mock/state`)).clock).toMatchObject({ mode: 'real', speed: 7 });
  });

  it('a rejected key: one clear line and exit 2, no scenario runs', async () => {
    const { url } = await start();
    const run = await runCli(['--base-url', url, '--key', 'sk-wrong']);
    expect(run.code).toBe(2);
    expect(run.out.match(/auth check failed: .*HTTP 401/g)).toHaveLength(1);
    expect(run.out).not.toContain('scenarios against');
    expect(run.out.trim().split('\n')).toHaveLength(2);
  });

  it('an unreachable target: one clear line and exit 2', async () => {
    const { url } = await start();
    await mock?.close();
    mock = undefined;
    const run = await runCli(['--base-url', url]);
    expect(run.code).toBe(2);
    expect(run.out).toMatch(/cannot reach .*ECONNREFUSED/);
  });

  it('no control API: task-creating flows skip without --allow-paid, run and are counted with it', async () => {
    const { url } = await start({ control: false });
    const free = await runCli(['--base-url', url, '--key', KEY]);
    expect(free.code, free.out).toBe(0);
    expect(free.out).toContain('task-creating flows are skipped; pass --allow-paid');
    expect(free.out).toContain('tasks created on the target: 0;');
    const flows = scenarioLines(free.out).filter((l) => l.includes('valid flows'));
    expect(flows.length).toBeGreaterThanOrEqual(11);
    for (const line of flows) expect(line).toMatch(/↷ .*--allow-paid/);

    const paid = await runCli(['--base-url', url, '--key', KEY, '--allow-paid', '--poll-ms', '20']);
    expect(paid.code, paid.out).toBe(0);
    expect(paid.out).toContain('RUN (--allow-paid)');
    expect(Number(/tasks created on the target: (\d+)/.exec(paid.out)?.[1])).toBeGreaterThan(10);
  }, 150_000);
});
