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
}

/**
 * Creates a mock (disk video clips, `node:http` keep-alive notify transport) and serves it on
 * `host:port` (port 0 picks a free one), with the one ticker.
 * @example const { url, mock, close } = await startMockServer({ port: 0, clock: 'manual' });
 */
export async function startMockServer(options: StartOptions = {}): Promise<RunningMockServer> {
  const mock = createMock({
    videos: loadDiskVideoClips(),
    ...(options.fetch ? {} : { transport: createNodeHttpTransport() }),
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
      clearInterval(ticker);
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.race([mock.notifier.idle(), new Promise((r) => setTimeout(r, 3_000).unref())]);
      mock.stop();
      server.closeAllConnections();
      await closed;
      // Deliveries cut short by stop() stay owed in the store: re-sent after the next start.
      persistence?.close();
    },
  };
}
