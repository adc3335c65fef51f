import { isTerminalStatus } from '@mjkit/contract/core';
import { MjAbortError, MjTimeoutError } from './errors';
import { realSleep, type Sleep } from './sleep';
import type { MjTask } from './task';

/** How waiting ended: the task finished, failed, or waits for a modal (code 21). */
export type WaitResult =
  | { kind: 'success'; task: MjTask }
  | { kind: 'failure'; task: MjTask; reason: string }
  | { kind: 'needs-modal'; task: MjTask };

/** Options of {@link waitForTask}. */
export interface WaitOptions {
  /** Poll period (default 2000 ms). */
  intervalMs?: number;
  /** Give up after this long (default 10 minutes): {@link MjTimeoutError}. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** Called once per change of status or progress (not per poll). */
  onProgress?: (task: MjTask) => void;
  /** Timer (default: the client's, real time). Tests inject one that moves a fake or mock clock. */
  sleep?: Sleep;
  /** Elapsed-time source for the timeout (default: counts the intervals slept, so a fake sleep stays exact). */
  now?: () => number;
}

/**
 * Polls `fetchTask(id)` until the task reaches a terminal status (SUCCESS, FAILURE, CANCEL: never
 * loops forever on a failure) or MODAL (returned as `needs-modal`). Status `""` (new-api before its
 * first poll) counts as pending.
 * @example const result = await waitForTask(id, (id) => mj.fetchTask(id), { onProgress: (t) => console.log(t.progress) });
 */
export async function waitForTask(
  id: string,
  fetchTask: (id: string) => Promise<MjTask>,
  options: WaitOptions = {},
): Promise<WaitResult> {
  const { intervalMs = 2000, timeoutMs = 10 * 60_000, signal, onProgress } = options;
  const sleep = options.sleep ?? realSleep;
  let slept = 0;
  const now = options.now;
  const start = now?.() ?? 0;
  const elapsed = () => (now ? now() - start : slept);
  let last: MjTask | undefined;
  let lastKey = '';
  for (;;) {
    if (signal?.aborted) throw new MjAbortError(signal.reason);
    const task = await fetchTask(id);
    last = task;
    const key = `${task.status ?? ''}:${task.progress ?? ''}`;
    if (key !== lastKey) {
      lastKey = key;
      onProgress?.(task);
    }
    if (task.status === 'SUCCESS') return { kind: 'success', task };
    if (task.status === 'MODAL') return { kind: 'needs-modal', task };
    if (isTerminalStatus(task.status))
      return { kind: 'failure', task, reason: task.failReason || task.status || 'FAILURE' };
    if (elapsed() + intervalMs > timeoutMs) throw new MjTimeoutError(id, timeoutMs, last);
    await sleep(intervalMs, signal);
    slept += intervalMs;
  }
}
