import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CoreRequest, CoreResponse } from '../core/http-types';
import { encodeBody } from '../core/http-types';
import { mockError } from '../core/mock-errors';
import { createPipeline, type PipelineOptions } from '../core/pipeline';
import type { ReadBody } from '../core/read-body';
import type { Mock } from '../mock/create-mock';

/** A `node:http` request listener: `createServer(handler)`. */
export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/** Writes a pipeline answer's status and headers; returns the bytes to send (none for HEAD/204). */
function prepare(res: ServerResponse, response: CoreResponse, head: boolean): Uint8Array | undefined {
  const encoded = encodeBody(response.body);
  res.statusCode = response.status;
  for (const name in response.headers) res.setHeader(name, response.headers[name]!);
  if (encoded) {
    res.setHeader('Content-Type', encoded.contentType);
    res.setHeader('Content-Length', encoded.bytes.length);
  }
  if (response.close) res.setHeader('Connection', 'close');
  return head || !encoded || response.status === 204 ? undefined : encoded.bytes;
}

/** Sends a pipeline answer on a raw response, in one write. */
export function send(req: IncomingMessage, res: ServerResponse, response: CoreResponse): void {
  const bytes = prepare(res, response, req.method === 'HEAD');
  res.end(bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined);
  if (response.close) req.socket.destroySoon?.();
}

/**
 * Reads a Node request body within `limit` bytes; past it, stops reading at once (no drain) so the
 * 413 goes out and the connection closes (issue #12 item 7). The socket stays open for the answer.
 */
export function readNodeBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.pause();
        resolve({ ok: false, reason: 'too-large' });
        return;
      }
      parts.push(chunk);
    };
    const onEnd = () => {
      const all = parts.length === 1 ? parts[0]! : Buffer.concat(parts);
      resolve({ ok: true, bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** The framework-free view of a Node request (what express's `req.protocol`/`Host` give, trust proxy off). */
export function toCoreRequest(mock: Mock, req: IncomingMessage): CoreRequest {
  const raw = req.url ?? '/';
  const q = raw.indexOf('?');
  const headers = req.headers;
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path: q < 0 ? raw : raw.slice(0, q),
    query: q < 0 ? '' : raw.slice(q + 1),
    headers: (name) => {
      const v = headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    baseUrl:
      mock.publicUrl ??
      `${(req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http'}://${headers.host}`,
  };
}

const NO_BODY: ReadBody = { ok: true, bytes: new Uint8Array() };

/**
 * Serves a mock straight on `node:http` (issue #16): the pipeline's pre-body stage (route, auth, size,
 * content type before a byte of the body is read), the body read within the limit, the handler steps,
 * one write. What `startMockServer` listens with: no framework per request and none to load at start
 * (express cost ~40 % of a fetch's CPU and a third of the start-up import, docs/benchmarks.md).
 * `createApp` mounts the same handler in express, so both answer byte for byte alike.
 * @example createServer(createNodeHandler(createMock({ clock: 'manual' }))).listen(8080)
 */
export function createNodeHandler(mock: Mock, options: PipelineOptions = {}): NodeHandler {
  const pipeline = createPipeline(mock, options);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const core = toCoreRequest(mock, req);
    const pre = await pipeline.preBody(core);
    if (!pre.ok) {
      // Answered without reading the body: close, so unread bytes never become the next request.
      const unread =
        req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined;
      return send(req, res, { ...pipeline.early(core, pre.response), ...(unread ? { close: true } : {}) });
    }
    const plan = pre.plan;
    const hasBody = core.method !== 'GET' && core.method !== 'HEAD';
    const read = hasBody ? await readNodeBody(req, plan.limit) : NO_BODY;
    const parsed = pipeline.parse(plan, read);
    send(req, res, parsed.ok ? await pipeline.run(plan, parsed.body) : parsed.response);
  };
  return (req, res) => {
    serve(req, res).catch((error: unknown) => {
      options.onError?.(error);
      if (res.headersSent) res.destroy();
      else send(req, res, { ...mockError('internal_error'), close: true });
    });
  };
}
