import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type AppOptions, createApp } from '../adapters/express-app';
import { createMock, type Mock, type MockOptions } from '../mock/create-mock';
import { handleClientError } from './client-error';
import { diskDocs } from './disk-docs';
import { loadDiskVideoClips } from './disk-video-clips';
import { createNodeHttpTransport } from './http-transport';
import type { Persistence } from './persistence';
import { type PersistenceStartOptions, startPersistence } from './persistence-start';

/** A running mock server. */
export interface RunningMockServer {
  /** `http://host:port`, without a trailing slash. */
  url: string;
  mock: Mock;
  server: Server;
  /** The open `--data-dir` store, with what it restored (absent without `dataDir`). */
  persistence: Persistence | undefined;
  /** Stops the ticker, finishes open requests and pending notifyHook deliveries (bounded), closes. */
  close(): Promise<void>;
}

/** Where and how to listen. */
export interface StartOptions extends MockOptions, AppOptions, PersistenceStartOptions {
  port?: number;
  host?: string;
  /** Ticker period in wall ms: how often running tasks are moved on between requests (default 100). */
  tickMs?: number;
  /** Max wall ms to receive a request's headers (default 10 000) and whole request (default 60 000). */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /**
   * Max wall ms `close()` (and SIGTERM in the CLI) waits for requests in flight and queued notifyHook
   * deliveries before it aborts what is left (default 3 000; the CLI's `--shutdown-timeout` 10 000).
   */
  shutdownTimeoutMs?: number;
  /**
   * `--notify-allow` host patterns: notifyHook deliveries only to matching hosts with public
   * addresses, pinned (issue #12 item 9). Default: any http/https receiver, loopback included.
   */
  notifyAllow?: string[] | undefined;
}

/**
 * Host names a server accepts (issue #12 item 2, DNS rebinding): loopback names always, the
 * `--public-url` host, the listen address when it is a specific one, and `--allowed-host`.
 */
export function serverAllowedHosts(
  options: Pick<StartOptions, 'allowedHosts' | 'publicUrl' | 'host'>,
): string[] {
  const hosts = [...(options.allowedHosts ?? [])];
  if (options.publicUrl) {
    try {
      hosts.push(new URL(options.publicUrl).host);
    } catch {
      // an invalid public URL is refused by the CLI; nothing to add
    }
  }
  const listen = options.host ?? '127.0.0.1';
  if (listen !== '0.0.0.0' && listen !== '::' && listen !== '')
    hosts.push(listen.includes(':') ? `[${listen}]` : listen);
  return hosts;
}

/**
 * Creates a mock (disk video clips, `node:http` keep-alive notify transport) and serves it on
 * `host:port` (port 0 picks a free one), with the one ticker.
 * @example const { url, mock, close } = await startMockServer({ port: 0, clock: 'manual' });
 */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMockServer> {
  const mock = createMock({
    videos: loadDiskVideoClips(),
    ...(options.fetch ? {} : { transport: createNodeHttpTransport({ allow: options.notifyAllow }) }),
    ...options,
  });
  const persistence = await startPersistence(mock, options, options.onError);
  const app = createApp(mock, {
    loadDocs: diskDocs(),
    ...options,
    // With --data-dir, what a request changed outside engine batches is committed before it is answered.
    ...(persistence
      ? {
          log: (entry) => {
            persistence.commitPending();
            options.log?.(entry);
          },
        }
      : {}),
    allowedHosts: serverAllowedHosts(options),
  });
  const server = createServer(
    {
      // Slow-loris bounds (issue #12 item 7).
      headersTimeout: options.headersTimeoutMs ?? 10_000,
      requestTimeout: options.requestTimeoutMs ?? 60_000,
    },
    app,
  );
  server.keepAliveTimeout = 5_000;
  server.on('clientError', handleClientError);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 8080, options.host ?? '127.0.0.1', () => resolve());
    });
  } catch (error) {
    mock.stop();
    persistence?.close();
    throw error;
  }
  // The single ticker that moves the engine on between requests (DESIGN.md §3).
  const ticker = setInterval(() => mock.engine.sync(), options.tickMs ?? 100);
  ticker.unref();
  const { address, port, family } = server.address() as AddressInfo;
  const host = family === 'IPv6' ? `[${address}]` : address;
  return {
    url: `http://${host}:${port}`,
    mock,
    server,
    persistence,
    async close() {
      // Graceful (issue #12 item 10): stop accepting, let requests in flight (uploads included) and
      // queued deliveries finish within the bound, then abort what is left (journaled) and close.
      clearInterval(ticker);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const bound = options.shutdownTimeoutMs ?? 3_000;
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        Promise.all([closed, mock.notifier.idle()]),
        new Promise((r) => {
          timer = setTimeout(r, bound);
        }),
      ]);
      clearTimeout(timer);
      mock.stop();
      server.closeAllConnections();
      await closed;
      // Deliveries cut short by stop() stay owed in the store: re-sent after the next start.
      persistence?.close();
    },
  };
}
