import { type NotificationLogEntry, notificationRank, type Task } from '@mjkit/contract';
import type { TaskChange } from '../engine/engine';
import type { Journal } from './journal';

/** Delivery settings (the config's `notify` part). */
export interface NotifyOptions {
  concurrency: number;
  timeoutMs: number;
  retries: number;
}

/** What the notifier needs from outside: the change stream, fetch, settings, time for the journal. */
export interface NotifierDeps {
  subscribe: (listener: (change: TaskChange) => void) => () => void;
  fetch: typeof fetch;
  options: () => NotifyOptions;
  /** Simulated now, stamped on journal entries. */
  now: () => number;
  journal: Journal<NotificationLogEntry>;
  /** Called with every failed attempt (for logs). */
  onError?: (entry: NotificationLogEntry) => void;
}

/** Sends notifyHook callbacks. */
export interface Notifier {
  /** Resolves when every queued delivery has been attempted. */
  idle(): Promise<void>;
  /** Stops listening and aborts deliveries in flight (journaled as aborted). */
  stop(): void;
  /** Forgets the per-task ranks (on reset). */
  reset(): void;
}

/**
 * notifyHook delivery (spec §5, DESIGN.md §3): a POST of the task JSON whenever its `STATUS:progress`
 * rank rises (trueai's rule: no duplicates, one SUBMITTED and one final notification), never for
 * NOT_START or MODAL. Deliveries are asynchronous: in order per task, bounded in concurrency across
 * tasks, each with a timeout, so a slow receiver never slows the API. Every attempt is journaled.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  const ranks = new Map<string, number>();
  const chains = new Map<string, Promise<void>>();
  const pending = new Set<Promise<void>>();
  const waiting: (() => void)[] = [];
  let active = 0;
  const inFlight = new Set<AbortController>();
  let stopped = false;

  const acquire = async () => {
    if (active < deps.options().concurrency) {
      active++;
      return;
    }
    await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  const attempt = async (url: string, task: Task, n: number): Promise<boolean> => {
    const started = performance.now();
    const controller = new AbortController();
    inFlight.add(controller);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, deps.options().timeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    try {
      const res = await deps.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(task),
        signal: controller.signal,
      });
      status = res.status;
      await res.arrayBuffer().catch(() => undefined);
      if (!res.ok) error = `HTTP ${res.status}`;
    } catch (e) {
      error = timedOut
        ? `timeout after ${deps.options().timeoutMs} ms`
        : controller.signal.aborted
          ? 'aborted: mock server stopping'
          : e instanceof Error
            ? e.message
            : String(e);
    } finally {
      clearTimeout(timer);
      inFlight.delete(controller);
    }
    const entry: NotificationLogEntry = {
      at: deps.now(),
      taskId: task.id,
      url,
      attempt: n,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      error,
      payload: task,
    };
    deps.journal.add(entry);
    if (error) deps.onError?.(entry);
    return error === null;
  };

  const deliver = async (url: string, task: Task) => {
    await acquire();
    try {
      const retries = deps.options().retries;
      for (let n = 1; n <= retries + 1 && !stopped; n++) {
        if (await attempt(url, task, n)) return;
        if (n <= retries) await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** (n - 1))));
      }
    } finally {
      release();
    }
  };

  const onChange = (change: TaskChange) => {
    const url = change.task.properties.notifyHook;
    const rank = notificationRank(change.status, change.progress);
    const last = ranks.get(change.taskId) ?? 0;
    if (!url || rank <= last) return;
    ranks.set(change.taskId, rank);
    if (change.type === 'finished') ranks.delete(change.taskId);
    const previous = chains.get(change.taskId) ?? Promise.resolve();
    const next = previous.then(() => deliver(url, change.task));
    chains.set(change.taskId, next);
    pending.add(next);
    void next.finally(() => {
      pending.delete(next);
      if (chains.get(change.taskId) === next) chains.delete(change.taskId);
    });
  };

  const unsubscribe = deps.subscribe(onChange);
  return {
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
    stop() {
      stopped = true;
      unsubscribe();
      for (const controller of inFlight) controller.abort();
    },
    reset: () => ranks.clear(),
  };
}
