import { request as httpRequest } from 'node:http';
import { createFetchHandler } from '../../src/adapters/fetch-handler';
import type { PipelineOptions } from '../../src/core/pipeline';
import { createMock, type MockOptions } from '../../src/mock/create-mock';
import { type RunningMockServer, type StartOptions, startMockServer } from '../../src/node';

/** One raw answer, whichever adapter gave it. */
export interface RawAnswer {
  status: number;
  headers: Record<string, string>;
  text: string;
}

/** A request as both adapters take it: method, path (raw), headers, body bytes or text. */
export interface RawRequest {
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

/** Express over real loopback HTTP (node:http client, so nothing normalises the request). */
export async function viaExpress(options: StartOptions = {}) {
  const server: RunningMockServer = await startMockServer({ port: 0, clock: 'manual', ...options });
  const { hostname, port } = new URL(server.url);
  const send = (r: RawRequest) =>
    new Promise<RawAnswer>((resolve, reject) => {
      const req = httpRequest(
        { host: hostname, port, method: r.method, path: r.path, headers: r.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)])),
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(r.body);
    });
  return { send, server, close: () => server.close() };
}

/** The fetch handler in-process, no port. */
export function viaFetch(options: MockOptions = {}, pipeline: PipelineOptions = {}) {
  const mock = createMock({ clock: 'manual', ...options });
  const handle = createFetchHandler(mock, pipeline);
  const send = async (r: RawRequest): Promise<RawAnswer> => {
    const res = await handle(
      new Request(`http://127.0.0.1${r.path}`, {
        method: r.method,
        ...(r.headers ? { headers: r.headers } : {}),
        ...(r.body !== undefined ? { body: r.body } : {}),
      }),
    );
    return { status: res.status, headers: Object.fromEntries(res.headers), text: await res.text() };
  };
  return { send, mock, close: async () => {} };
}
