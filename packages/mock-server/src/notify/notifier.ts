import type { NotificationLogEntry, Task } from '@mjkit/contract';
import { setEntryOwner } from '../core/entry-owner';
import type { PendingDelivery } from '../mock/mock-snapshot';
import type { Journal } from './journal';
import { redactUrl } from './notify-guard';
import type { NotifyTransport } from './transport';

/** Delivery settings (the config's `notify` part): `concurrency` is the global cap. */
export interface NotifyOptions {
  concurrency: number;
  timeoutMs: number;
  retries: number;
}

/** Bounds of the notifier (issue #12 items 5, 11). */
export interface NotifyLimits {
  /** Deliveries waiting at most, all receivers together; more are dropped and counted (default 10 000). */
  maxBacklog: number;
  /** Deliveries in flight to one receiver host at most (default 4). */
  perReceiver: number;
}

/** What the notifier needs from outside. */
export interface NotifierDeps {
  transport: NotifyTransport;
  options: () => NotifyOptions;
  /** Simulated now, stamped on journal entries. */
  now: () => number;
  journal: Journal<NotificationLogEntry>;
  limits?: Partial<NotifyLimits>;
  /** Called with every failed attempt (for logs). */
  onError?: (entry: NotificationLogEntry) => void;
}

/** The header carrying a delivery's stable id, so a receiver can drop duplicates (at-least-once). */
export const DELIVERY_ID_HEADER = 'x-mjkit-delivery-id';

/** One delivery to make: the payload is rendered once and shared by every attempt and the journal. */
export interface Delivery {
  /** Stable id (see `deliveryId`): the same change gets the same id in every process. */
  id?: string;
  /** Attempts made before (a delivery re-sent after a restore). */
  attempts?: number;
  taskId: string;
  url: string;
  body: string;
  payload: unknown;
  /** The task's owner (a key digest): only that key sees the journal entries. */
  owner?: string | null;
}

/** Sends notifyHook callbacks. */
export interface Notifier {
  enqueue(delivery: Delivery): void;
  /** Resolves when every queued delivery has been attempted. */
  idle(): Promise<void>;
  /** Stops sending and aborts deliveries in flight (journaled as aborted). */
  stop(): void;
  /** Drops the backlog (on reset). */
  reset(): void;
  /** Deliveries not yet attempted to the end (snapshots). */
  pending(): PendingDelivery[];
  /** Backlog, in flight, dropped (backlog full) and sent counts. */
  stats(): { backlog: number; inFlight: number; dropped: number; delivered: number };
  /**
   * Follows the backlog (the `--data-dir` store journals it): `queued` for each delivery accepted,
   * `settled` once it was attempted to the end (delivered, or out of retries). A delivery cut short by
   * `stop()` is not settled: it stays owed and is re-sent after a restart.
   */
  watch(listener: DeliveryWatcher): () => void;
}

/** See {@link Notifier.watch}. */
export interface DeliveryWatcher {
  queued(delivery: PendingDelivery): void;
  settled(id: string): void;
}

interface Job extends Delivery {
  id: string;
  host: string;
  attempts: number;
}

const pendingOf = (j: Job): PendingDelivery => ({
  id: j.id,
  taskId: j.taskId,
  url: j.url,
  body: j.body,
  attempts: j.attempts,
});

const hostOf = (url: string) => {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
};

/**
 * notifyHook delivery (spec §5, DESIGN.md §3): asynchronous, in order per task, at most `perReceiver`
 * in flight per receiver host and `concurrency` overall (a hanging receiver never delays another),
 * each attempt with a timeout, every attempt journaled. The backlog is bounded.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  const maxBacklog = deps.limits?.maxBacklog ?? 10_000;
  const perReceiver = deps.limits?.perReceiver ?? 4;
  const queues = new Map<string, Job[]>();
  const activeByHost = new Map<string, number>();
  const busyTasks = new Set<string>();
  const inFlight = new Map<Job, AbortController>();
  let backlog = 0;
  let dropped = 0;
  let delivered = 0;
  let counter = 0;
  let stopped = false;
  const watchers = new Set<DeliveryWatcher>();
  let idleWaiters: (() => void)[] = [];

  const settleIdle = () => {
    if (backlog === 0 && inFlight.size === 0) {
      const waiters = idleWaiters;
      idleWaiters = [];
      for (const w of waiters) w();
    }
  };

  const attempt = async (job: Job): Promise<boolean> => {
    const started = performance.now();
    const controller = new AbortController();
    inFlight.set(job, controller);
    let timedOut = false;
    const timeoutMs = deps.options().timeoutMs;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    let status: number | null = null;
    let error: string | null = null;
    job.attempts++;
    try {
      const res = await deps.transport({
        url: job.url,
        body: job.body,
        headers: { [DELIVERY_ID_HEADER]: job.id },
        signal: controller.signal,
      });
      status = res.status;
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error = timedOut
        ? `timeout after ${timeoutMs} ms`
        : controller.signal.aborted
          ? 'aborted: mock server stopping'
          : e instanceof Error
            ? e.message
            : String(e);
    } finally {
      clearTimeout(timer);
    }
    const entry: NotificationLogEntry = {
      at: deps.now(),
      taskId: job.taskId,
      // Credentials never reach a journal or a log line (#12 item 15).
      url: redactUrl(job.url),
      attempt: job.attempts,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
      error,
      payload: job.payload as Task,
    };
    setEntryOwner(entry, job.owner);
    deps.journal.add(entry);
    if (error) deps.onError?.(entry);
    return error === null;
  };

  const run = async (job: Job) => {
    try {
      const retries = deps.options().retries;
      for (let n = 1; n <= retries + 1 && !stopped; n++) {
        if (await attempt(job)) {
          delivered++;
          return settle(job);
        }
        if (n <= retries) await new Promise((r) => setTimeout(r, Math.min(5000, 250 * 2 ** (n - 1))));
      }
      if (!stopped) settle(job);
    } finally {
      inFlight.delete(job);
      busyTasks.delete(job.taskId);
      activeByHost.set(job.host, (activeByHost.get(job.host) ?? 1) - 1);
      pump();
      settleIdle();
    }
  };

  const settle = (job: Job) => {
    for (const w of watchers) w.settled(job.id);
  };

  /** Starts every job allowed by the global cap, the per-host limit and per-task order. */
  const pump = () => {
    if (stopped) return;
    const cap = deps.options().concurrency;
    for (const [host, queue] of queues) {
      if (inFlight.size >= cap) return;
      let active = activeByHost.get(host) ?? 0;
      for (let i = 0; i < queue.length && active < perReceiver && inFlight.size < cap; ) {
        const job = queue[i]!;
        if (busyTasks.has(job.taskId)) {
          i++;
          continue;
        }
        queue.splice(i, 1);
        backlog--;
        active++;
        activeByHost.set(host, active);
        busyTasks.add(job.taskId);
        // `run` reaches `attempt` synchronously, which puts the job in flight with its controller.
        void run(job);
      }
      if (queue.length === 0) queues.delete(host);
    }
  };

  return {
    enqueue(delivery) {
      if (stopped) return;
      if (backlog >= maxBacklog) {
        dropped++;
        return;
      }
      const job: Job = {
        ...delivery,
        id: delivery.id ?? `d${++counter}`,
        host: hostOf(delivery.url),
        attempts: delivery.attempts ?? 0,
      };
      for (const w of watchers) w.queued(pendingOf(job));
      const queue = queues.get(job.host) ?? [];
      queue.push(job);
      queues.set(job.host, queue);
      backlog++;
      pump();
    },
    idle() {
      if (backlog === 0 && inFlight.size === 0) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push(resolve));
    },
    stop() {
      stopped = true;
      for (const controller of inFlight.values()) controller.abort();
      backlog -= [...queues.values()].reduce((n, q) => n + q.length, 0);
      queues.clear();
      settleIdle();
    },
    reset() {
      backlog -= [...queues.values()].reduce((n, q) => n + q.length, 0);
      queues.clear();
      settleIdle();
    },
    pending: () => [...inFlight.keys(), ...[...queues.values()].flat()].map(pendingOf),
    stats: () => ({ backlog, inFlight: inFlight.size, dropped, delivered }),
    watch(listener) {
      watchers.add(listener);
      return () => watchers.delete(listener);
    },
  };
}
