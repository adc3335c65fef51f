import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A notifyHook receiver on 127.0.0.1 that counts what arrives and answers with `handler`. */
export async function startReceiver(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  const arrived: number[] = [];
  const server = createServer((req, res) => {
    arrived.push(performance.now());
    req.resume();
    handler(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    arrived,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
