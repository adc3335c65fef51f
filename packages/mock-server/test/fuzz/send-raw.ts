import { Agent, request } from 'node:http';

/** What came back for one raw request: an answer, or a network-level failure. */
export type RawReply =
  | { kind: 'answer'; status: number; contentType: string; body: Buffer }
  | { kind: 'network-error'; code: string };

/** One hostile request: everything byte-level, nothing normalised by a client library. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: Uint8Array | string;
}

/**
 * Sends a request over `node:http` (a keep-alive agent, or `false` for a fresh connection) and collects
 * the whole answer. Bounded:
 * gives up after `timeoutMs` (a hang is reported as `network-error` `TIMEOUT`, never awaited forever).
 */
export function sendRaw(
  baseUrl: string,
  req: RawRequest,
  agent: Agent | false,
  timeoutMs = 10_000,
): Promise<RawReply> {
  const url = new URL(baseUrl);
  return new Promise((resolve) => {
    const r = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers: req.headers,
        agent,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            kind: 'answer',
            status: res.statusCode ?? 0,
            contentType: String(res.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks),
          }),
        );
        res.on('error', (e: NodeJS.ErrnoException) =>
          resolve({ kind: 'network-error', code: e.code ?? e.message }),
        );
      },
    );
    r.on('timeout', () => {
      r.destroy();
      resolve({ kind: 'network-error', code: 'TIMEOUT' });
    });
    r.on('error', (e: NodeJS.ErrnoException) =>
      resolve({ kind: 'network-error', code: e.code ?? e.message }),
    );
    r.end(req.body);
  });
}

/** A keep-alive agent with a bounded socket pool. */
export const createRawAgent = (maxSockets = 8) => new Agent({ keepAlive: true, maxSockets });
