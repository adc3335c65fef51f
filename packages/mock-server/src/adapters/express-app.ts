import type { IncomingMessage, ServerResponse } from 'node:http';
import express, { type Express, type Request } from 'express';
import type { CoreRequest, CoreResponse } from '../core/http-types';
import { encodeBody } from '../core/http-types';
import { createPipeline, type PipelineOptions } from '../core/pipeline';
import type { ReadBody } from '../core/read-body';
import type { Mock } from '../mock/create-mock';

/** How the express app serves (the pipeline's options). */
export type AppOptions = PipelineOptions;

/** Writes a pipeline answer's status and headers; returns the bytes to send (none for HEAD/204). */
function prepare(res: ServerResponse, response: CoreResponse, head: boolean): Uint8Array | undefined {
  const encoded = encodeBody(response.body);
  res.statusCode = response.status;
  for (const [k, v] of Object.entries(response.headers)) res.setHeader(k, v);
  if (encoded) {
    res.setHeader('Content-Type', encoded.contentType);
    res.setHeader('Content-Length', String(encoded.bytes.length));
  }
  if (response.close) res.setHeader('Connection', 'close');
  return head || !encoded || response.status === 204 ? undefined : encoded.bytes;
}

/** Sends a pipeline answer on a raw response (early answers, files, documents). */
export function send(req: IncomingMessage, res: ServerResponse, response: CoreResponse): void {
  const bytes = prepare(res, response, req.method === 'HEAD');
  res.end(bytes ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : undefined);
  if (response.close) req.socket.destroySoon?.();
}

/**
 * Reads a Node request body within `limit` bytes; past it, stops reading at once (no drain) so the
 * 413 goes out and the connection closes (issue #12 item 7). The socket stays open for the answer.
 */
function readNodeBody(req: IncomingMessage, limit: number): Promise<ReadBody> {
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
      const all = Buffer.concat(parts);
      resolve({ ok: true, bytes: new Uint8Array(all.buffer, all.byteOffset, all.byteLength) });
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** The framework-free view of an express request. */
function toCore(mock: Mock, req: Request): CoreRequest {
  const raw = req.originalUrl ?? req.url;
  const q = raw.indexOf('?');
  return {
    method: req.method.toUpperCase(),
    path: q < 0 ? raw : raw.slice(0, q),
    query: q < 0 ? '' : raw.slice(q + 1),
    headers: (name) => {
      const v = req.headers[name];
      return Array.isArray(v) ? v.join(', ') : v;
    },
    baseUrl: mock.publicUrl ?? `${req.protocol}://${req.get('host')}`,
  };
}

/**
 * The express app of a mock (DESIGN.md §6: build the app, listen elsewhere), what `mjkit-mock` serves.
 * One middleware runs the whole pipeline: the pre-body stage (the route table matches once; 401/413/415
 * come before any byte is read), the body read within the limit, then the handler steps, answered with
 * one write. No express router or `@ts-rest/express` layer runs per request: the route table already
 * matched the contract's routes, and their zod request check was discarded anyway (routes bind bodies
 * themselves, DESIGN.md §2); skipping them doubled fetch req/s (issue #16, docs/benchmarks.md).
 * Answers are byte-identical to `createFetchHandler`'s.
 * @example const app = createApp(createMock({ clock: 'manual' })); request(app).get('/mj/task/1/fetch')
 */
export function createApp(mock: Mock, options: AppOptions = {}): Express {
  const pipeline = createPipeline(mock, options);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);

  app.use(async (req, res, next) => {
    try {
      const core = toCore(mock, req);
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
    } catch (error) {
      next(error);
    }
  });
  return app;
}

const NO_BODY: ReadBody = { ok: true, bytes: new Uint8Array() };
