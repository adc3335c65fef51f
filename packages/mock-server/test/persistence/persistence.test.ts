/**
 * `--data-dir` in process (issue #17): what survives a restart besides tasks (uploads, forced outcomes,
 * config, clock, journals), the flags winning over the saved config, the missing-driver error, and the
 * real clock catching up with the downtime.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TaskRecord } from '../../src/engine/task-record';
import { finishedOrder, rebuildMeta, resumeTime } from '../../src/node/persistence-state';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server';
import { pngDataUrl } from '../support/builders';

let dir: string;
let servers: RunningMockServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-persist-'));
});
afterEach(async () => {
  for (const s of servers) await s.close();
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

const start = async (extra: Parameters<typeof startMockServer>[0] = {}) => {
  const s = await startMockServer({ port: 0, clock: 'manual', dataDir: dir, ...extra });
  servers.push(s);
  return s;
};
const call = async (url: string, method: string, body?: unknown) => {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return (await res.json()) as Record<string, unknown> & { result?: unknown };
};

describe('--data-dir in process', () => {
  it('keeps uploads, forced outcomes, config, clock and journals across a restart', async () => {
    const a = await start({ config: { imageSize: 64 } });
    const upload = await call(`${a.url}/mj/submit/upload-discord-images`, 'POST', {
      base64Array: [await pngDataUrl([10, 200, 30])],
    });
    const uploaded = (upload.result as string[])[0]!;
    await call(`${a.url}/__mock/outcomes`, 'POST', { outcome: 'fail', reason: 'kept', count: 2 });
    await call(`${a.url}/__mock/config`, 'PATCH', { bannedWords: ['forbidden'], queueSize: 7 });
    const id = (await call(`${a.url}/mj/submit/imagine`, 'POST', { prompt: 'kept task' })).result as string;
    await call(`${a.url}/__mock/clock/advance`, 'POST', { ms: 3_000 });
    const before = await call(`${a.url}/mj/task/${id}/fetch`, 'GET');
    const clock = ((await call(`${a.url}/__mock/state`, 'GET')).clock as { now: number }).now;
    await a.close();
    servers = [];

    const b = await start({ config: { imageSize: 64, queueSize: 9 } });
    expect(b.persistence?.restored).toMatchObject({ tasks: 1, caughtUpMs: 0 });
    const png = await fetch(uploaded.replace(/^https?:\/\/[^/]+/, b.url));
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(await call(`${b.url}/__mock/outcomes`, 'GET')).toMatchObject([{ reason: 'kept', remaining: 1 }]);
    const config = await call(`${b.url}/__mock/config`, 'GET');
    expect(config).toMatchObject({ bannedWords: ['forbidden'], queueSize: 9 }); // the flag wins
    expect(((await call(`${b.url}/__mock/state`, 'GET')).clock as { now: number }).now).toBe(clock);
    const after = await call(`${b.url}/mj/task/${id}/fetch`, 'GET');
    expect(JSON.stringify(after)).toBe(JSON.stringify(before).replaceAll(a.url, b.url));
    const journal = (await call(`${b.url}/__mock/requests?limit=1000`, 'GET')) as unknown as unknown[];
    expect(journal.length).toBeGreaterThanOrEqual(6);
  });

  it('names the install command when better-sqlite3 is missing', async () => {
    const missing = Object.assign(new Error("Cannot find package 'better-sqlite3'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const error = await start({ persistence: { importer: () => Promise.reject(missing) } }).catch(
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toContain('--data-dir needs the optional dependency better-sqlite3');
    expect((error as Error).message).toContain('npm install better-sqlite3@12');
  });
});

describe('restart arithmetic', () => {
  const meta = (mode: 'real' | 'manual') => ({
    clock: { mode, now: 1_000_000, speed: 20 },
    savedAt: 5_000,
  });
  it('a real clock counts the downtime at its speed; a manual one stays', () => {
    expect(resumeTime(meta('real'), 6_000)).toBe(1_000_000 + 1_000 * 20);
    expect(resumeTime(meta('manual'), 6_000)).toBe(1_000_000);
    expect(resumeTime(meta('real'), 4_000)).toBe(1_000_000);
  });

  const rec = (id: string, status: string, finishTime: number | null, submitTime = 0) =>
    ({ task: { id, status, finishTime, submitTime } }) as unknown as TaskRecord;
  it('rebuilds the eviction order and, without a meta row, the queue, running slots and last id', () => {
    const tasks = [
      rec('1000000000000003', 'SUCCESS', 50),
      rec('1000000000000001', 'FAILURE', 20),
      rec('1000000000000002', 'IN_PROGRESS', null),
      rec('1000000000000009', 'NOT_START', null, 9),
      rec('1000000000000005', 'NOT_START', null, 5),
    ];
    expect(finishedOrder(tasks)).toEqual(['1000000000000001', '1000000000000003']);
    const fresh = { engine: { lastId: '0', queue: [], running: [] } } as never;
    expect(rebuildMeta(tasks, fresh).engine).toMatchObject({
      running: ['1000000000000002'],
      queue: ['1000000000000005', '1000000000000009'],
      lastId: '1000000000000009',
    });
  });
});
