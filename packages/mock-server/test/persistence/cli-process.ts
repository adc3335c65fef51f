/**
 * Test support for the restart tests: a notifyHook receiver on 127.0.0.1 that records every delivery
 * with its `X-Mjkit-Delivery-Id`, and a poll-until helper. The CLI itself is `../support/run-cli`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One delivery as the receiver saw it. */
export interface Received {
  deliveryId: string | undefined;
  taskId: string;
  status: string;
  body: string;
}

/** A notifyHook receiver; `delayMs` holds each answer (a slow receiver builds a backlog). */
export async function startReceiver(): Promise<{
  url: string;
  received: Received[];
  setDelay(ms: number): void;
  close(): Promise<void>;
}> {
  const received: Received[] = [];
  let delayMs = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const task = JSON.parse(body) as { id: string; status: string };
      const header = req.headers['x-mjkit-delivery-id'];
      received.push({ deliveryId: header as string | undefined, taskId: task.id, status: task.status, body });
      const answer = () => res.writeHead(200).end('ok');
      if (delayMs > 0) setTimeout(answer, delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    setDelay: (ms) => {
      delayMs = ms;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Polls `check` every 100 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
