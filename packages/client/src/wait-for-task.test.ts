import { describe, expect, it, vi } from 'vitest';
import { MjAbortError, MjTimeoutError } from './errors';
import type { Sleep } from './sleep';
import type { MjTask } from './task';
import { waitForTask } from './wait-for-task';

/** A fake server: each fetch returns the next task of the script (the last one repeats). */
function scripted(...steps: Partial<MjTask>[]) {
  let i = 0;
  const fetchTask = vi.fn(
    async (id: string) => ({ id, ...steps[Math.min(i++, steps.length - 1)] }) as MjTask,
  );
  let clock = 0;
  const sleep: Sleep = async (ms) => {
    clock += ms;
  };
  return { fetchTask, sleep, now: () => clock };
}

describe('waitForTask (fake fetch and clock, no real sleeps)', () => {
  it('polls until SUCCESS, reporting each change once', async () => {
    const s = scripted(
      { status: '', progress: '0%' },
      { status: 'SUBMITTED', progress: '0%' },
      { status: 'SUBMITTED', progress: '0%' },
      { status: 'IN_PROGRESS', progress: '40%' },
      { status: 'SUCCESS', progress: '100%' },
    );
    const seen: string[] = [];
    const result = await waitForTask('1', s.fetchTask, {
      sleep: s.sleep,
      now: s.now,
      intervalMs: 500,
      onProgress: (t) => seen.push(`${t.status}:${t.progress}`),
    });
    expect(result.kind).toBe('success');
    expect(seen).toEqual([':0%', 'SUBMITTED:0%', 'IN_PROGRESS:40%', 'SUCCESS:100%']);
    expect(s.fetchTask).toHaveBeenCalledTimes(5);
    expect(s.now()).toBe(2000);
  });

  it.each([
    [
      { status: 'FAILURE' as const, failReason: 'Invalid Form Body', progress: '' },
      'failure',
      'Invalid Form Body',
    ],
    [{ status: 'CANCEL' as const }, 'failure', 'CANCEL'],
    [{ status: 'MODAL' as const }, 'needs-modal', undefined],
  ])('stops on %j as %s', async (task, kind, reason) => {
    const s = scripted({ status: 'IN_PROGRESS' }, task);
    const result = await waitForTask('1', s.fetchTask, { sleep: s.sleep });
    expect(result.kind).toBe(kind);
    if (result.kind === 'failure') expect(result.reason).toBe(reason);
    expect(s.fetchTask).toHaveBeenCalledTimes(2);
  });

  it('throws a typed timeout carrying the last task', async () => {
    const s = scripted({ status: 'IN_PROGRESS', progress: '10%' });
    const error = await waitForTask('7', s.fetchTask, {
      sleep: s.sleep,
      now: s.now,
      intervalMs: 1000,
      timeoutMs: 3000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MjTimeoutError);
    expect(error).toMatchObject({ taskId: '7', timeoutMs: 3000, lastTask: { progress: '10%' } });
    expect(s.fetchTask).toHaveBeenCalledTimes(4);
  });

  it('stops when aborted, before or while sleeping', async () => {
    const s = scripted({ status: 'IN_PROGRESS' });
    const controller = new AbortController();
    controller.abort();
    await expect(
      waitForTask('1', s.fetchTask, { sleep: s.sleep, signal: controller.signal }),
    ).rejects.toBeInstanceOf(MjAbortError);
    expect(s.fetchTask).not.toHaveBeenCalled();
    const late = new AbortController();
    const sleep: Sleep = async () => {
      late.abort();
      throw new MjAbortError();
    };
    await expect(waitForTask('1', s.fetchTask, { sleep, signal: late.signal })).rejects.toBeInstanceOf(
      MjAbortError,
    );
  });
});
