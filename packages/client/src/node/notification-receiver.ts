import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MjAbortError } from '../errors';
import type { MjTask } from '../task';
import { createNotificationHandler } from './notification-handler';

/** A local HTTP server that collects notifyHook callbacks. */
export interface NotificationReceiver extends AsyncIterable<MjTask> {
  /** The URL to pass as `notifyHook`. */
  url: string;
  /** Every notification received, in order. */
  received: MjTask[];
  /** The next notification not yet taken (resolves at once if one is waiting). */
  next(options?: { signal?: AbortSignal }): Promise<MjTask>;
  close(): Promise<void>;
}

/**
 * Starts a receiver on `host:port` (default 127.0.0.1, a free port) and yields typed notifications.
 * @example
 * const hooks = await startNotificationReceiver();
 * await mj.imagine({ prompt: 'cat', notifyHook: hooks.url });
 * for await (const task of hooks) if (task.status === 'SUCCESS') break;
 */
export async function startNotificationReceiver(
  options: { port?: number; host?: string; path?: string } = {},
): Promise<NotificationReceiver> {
  const received: MjTask[] = [];
  let taken = 0;
  const waiters: ((task: MjTask) => void)[] = [];
  const server = createServer(
    createNotificationHandler((task) => {
      received.push(task);
      const waiter = waiters.shift();
      if (waiter) {
        taken++;
        waiter(task);
      }
    }),
  );
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const next = ({ signal }: { signal?: AbortSignal } = {}) =>
    new Promise<MjTask>((resolve, reject) => {
      if (taken < received.length) return resolve(received[taken++]!);
      if (signal?.aborted) return reject(new MjAbortError(signal.reason));
      waiters.push(resolve);
      signal?.addEventListener('abort', () => {
        const i = waiters.indexOf(resolve);
        if (i >= 0) waiters.splice(i, 1);
        reject(new MjAbortError(signal.reason));
      });
    });
  return {
    url: `http://${host}:${port}${options.path ?? '/notify'}`,
    received,
    next,
    async *[Symbol.asyncIterator]() {
      for (;;) yield await next();
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
