import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';
import type { DocsUi } from '../../src/node/docs-ui';

/**
 * A disposable node:http server on 127.0.0.1 that answers GET/HEAD with the docs UI when it serves the
 * path and hands everything else to the mock's express app, the way the mock's own server will mount it.
 */
export async function serveDocsUi(docs: DocsUi, app: Express): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
    const reply =
      req.method === 'GET' || req.method === 'HEAD'
        ? docs(pathname, `http://${req.headers.host}`)
        : undefined;
    if (!reply) return void app(req, res);
    res.writeHead(reply.status, reply.headers);
    res.end(req.method === 'HEAD' ? undefined : reply.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}
