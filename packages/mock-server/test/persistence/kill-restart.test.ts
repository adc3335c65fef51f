/**
 * Issue #17 "Done when": the CLI with `--data-dir` takes 500 tasks with notifyHooks, is `kill -9`ed
 * mid-flight (a slow receiver leaves most deliveries owed), restarts on the same data dir, finds every
 * accepted task, and each task reaches SUCCESS or FAILURE with at least one final notification and
 * exactly one final delivery id (duplicates, dropped by the header, carry identical payloads).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CliProcess, startCli } from '../support/run-cli';
import { type Received, startReceiver, until } from './cli-process';

const TASKS = 500;
const FINAL = new Set(['SUCCESS', 'FAILURE']);

let dir: string;
let children: CliProcess[] = [];
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mjkit-kill-'));
});
afterEach(() => {
  for (const c of children) if (c.child.exitCode === null) c.child.kill('SIGKILL');
  children = [];
  rmSync(dir, { recursive: true, force: true });
});

const json = async (url: string, init?: RequestInit) => {
  const res = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init?.headers },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

/** Submits `count` imagines with a notifyHook, 16 at a time; returns the accepted ids (codes 1 and 22). */
async function submitAll(url: string, hook: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const n = next++;
      const { body } = await json(`${url}/mj/submit/imagine`, {
        method: 'POST',
        body: JSON.stringify({ prompt: `persisted task ${n}`, notifyHook: hook }),
      });
      if (body.code === 1 || body.code === 22) ids.push(body.result as string);
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return ids;
}

/** Checks the receiver's view: one final delivery id per task, identical payloads per delivery id. */
function checkDeliveries(ids: string[], received: Received[]) {
  const byId = new Map<string, Received[]>();
  for (const r of received) {
    expect(r.deliveryId, 'every delivery carries X-Mjkit-Delivery-Id').toMatch(/^\d{16}-\d+$/);
    byId.set(r.deliveryId!, [...(byId.get(r.deliveryId!) ?? []), r]);
  }
  for (const copies of byId.values()) expect(new Set(copies.map((c) => c.body)).size).toBe(1);
  const finals = new Map<string, Set<string>>();
  for (const r of received)
    if (FINAL.has(r.status)) finals.set(r.taskId, (finals.get(r.taskId) ?? new Set()).add(r.deliveryId!));
  const broken = ids.filter((id) => finals.get(id)?.size !== 1);
  expect(broken, 'tasks without exactly one final delivery id').toEqual([]);
  return { deliveries: received.length, distinct: byId.size, duplicates: received.length - byId.size };
}

async function allFinished(url: string, ids: string[]): Promise<boolean> {
  const { body } = await json(`${url}/__mock/state`);
  const counts = body.counts as Record<string, number>;
  return (counts.SUCCESS ?? 0) + (counts.FAILURE ?? 0) >= ids.length;
}

const base = ['--image-size', '64', '--pool', '25', '--queue', String(TASKS)];

describe('--data-dir survives kill -9 (issue 17)', () => {
  it('real clock at --speed 20: every accepted task is found and finishes, notified once per id', async () => {
    const receiver = await startReceiver();
    try {
      const first = await startCli([...base, '--data-dir', dir, '--speed', '20']);
      children.push(first);
      receiver.setDelay(250); // a slow receiver: most deliveries are still owed at the kill
      const ids = await submitAll(first.url, receiver.url, TASKS);
      expect(ids).toHaveLength(TASKS);
      first.child.kill('SIGKILL');
      await first.exited;
      const beforeRestart = receiver.received.length;
      receiver.setDelay(0);

      const second = await startCli([...base, '--data-dir', dir, '--speed', '20']);
      children.push(second);
      expect(second.output()).toMatch(/restored 500 task\(s\), [1-9]\d* owed notifyHook deliveries/);
      for (const id of ids) {
        const { status, body } = await json(`${second.url}/mj/task/${id}/fetch`);
        expect(status, `task ${id} after the restart`).toBe(200);
        expect(body.id).toBe(id);
      }
      await until('every task to finish', () => allFinished(second.url, ids));
      await until('a final notification for every task', () => {
        const done = new Set(receiver.received.filter((r) => FINAL.has(r.status)).map((r) => r.taskId));
        return ids.every((id) => done.has(id));
      });
      const figures = checkDeliveries(ids, receiver.received);
      expect(receiver.received.length).toBeGreaterThan(beforeRestart);
      console.info('real clock:', { ...figures, beforeRestart });
    } finally {
      await receiver.close();
    }
  }, 90_000);

  it('manual clock: the same, with time moved only by /__mock/clock/advance', async () => {
    const receiver = await startReceiver();
    try {
      const first = await startCli([...base, '--data-dir', dir, '--clock', 'manual']);
      children.push(first);
      receiver.setDelay(250);
      const ids = await submitAll(first.url, receiver.url, TASKS);
      expect(ids).toHaveLength(TASKS);
      const advance = (url: string, ms: number) =>
        json(`${url}/__mock/clock/advance`, { method: 'POST', body: JSON.stringify({ ms }) });
      const { body } = await advance(first.url, 25_000); // ~2 rounds of 25 finish, the next ones run
      const clockAtKill = (body.clock as { now: number }).now;
      first.child.kill('SIGKILL');
      await first.exited;
      receiver.setDelay(0);

      const second = await startCli([...base, '--data-dir', dir, '--clock', 'manual']);
      children.push(second);
      const state = await json(`${second.url}/__mock/state`);
      expect((state.body.clock as { now: number }).now).toBe(clockAtKill);
      const counts = state.body.counts as Record<string, number>;
      expect(counts.SUCCESS ?? 0).toBeGreaterThan(0);
      expect(counts.NOT_START ?? 0).toBeGreaterThan(0);
      for (const id of ids) expect((await json(`${second.url}/mj/task/${id}/fetch`)).status).toBe(200);
      await advance(second.url, 3_600_000);
      expect(await allFinished(second.url, ids)).toBe(true);
      await until('a final notification for every task', () => {
        const done = new Set(receiver.received.filter((r) => FINAL.has(r.status)).map((r) => r.taskId));
        return ids.every((id) => done.has(id));
      });
      console.info('manual clock:', checkDeliveries(ids, receiver.received));
    } finally {
      await receiver.close();
    }
  }, 90_000);
});
