import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import express, { type Express, type Request } from 'express';
import type { CoreRequest, CoreResponse } from '../core/http-types';
import { createPipeline, type PipelineOptions } from '../core/pipeline';
import type { Plan } from '../core/pre-body';
import type { ReadBody } from '../core/read-body';
import type { Mock } from '../mock/create-mock';
import type { DocsUi } from '../node/docs-ui';
import { AnswerBytes, type ContractHandler, createContractRouters } from './contract-routers';
import { docsUiMiddleware } from './docs-ui-middleware';
import { prepareAnswer } from './node-body';

/** How the express app serves (the pipeline's options, and the docs UI). */
export interface AppOptions extends PipelineOptions {
  /**
   * The API docs UI at `/docs` (issue 14 point 8): default `createDocsUi({ control })`, created on first
   * use; `false` serves none (`/docs` then answers the pipeline's JSON list of documents).
   */
  docsUi?: DocsUi | false | undefined;
}

interface Locals {
  plan?: Plan;
  body?: unknown;
}

/** Sends a pipeline answer on a raw response (early answers, files, documents). */
export function send(req: IncomingMessage, res: ServerResponse, response: CoreResponse): void {
  // Node ends a `Connection: close` answer with destroySoon(): linger instead when bytes are unread.
  if (response.close && !req.complete) {
    const socket = req.socket as Socket & { destroySoon: () => void };
    socket.destroySoon = () => lingerAndClose(socket);
  }
  res.end(prepareAnswer(res, response, req.method === 'HEAD'));
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

const lingering = new WeakSet<Socket>();

/**
 * Ends a connection without losing what was sent on it: half-closes it, then discards what the client
 * still sends (bounded: 20 MB or 2 s) before destroying it. Destroying a socket with unread bytes
 * makes the kernel reset the connection, and the client loses the answer it was about to read.
 */
export function lingerAndClose(socket: Socket): void {
  if (socket.writable) socket.end();
  // Once per socket: the parser may report every later chunk as another error.
  if (lingering.has(socket)) return;
  lingering.add(socket);
  let seen = 0;
  const timer = setTimeout(() => socket.destroy(), 2_000);
  timer.unref();
  socket.on('data', (chunk: Buffer) => {
    seen += chunk.length;
    if (seen > 20 * 1024 * 1024) socket.destroy();
  });
  socket.once('close', () => clearTimeout(timer));
  socket.resume();
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
 * One middleware runs the pipeline's pre-body stage and reads the body within the limit (express's
 * body parser is not used: 401/413/415 come before any byte is read); then the matched route's
 * `@ts-rest/express` router (`createContractRouters`) runs the pipeline's handler steps; files and
 * documents fall through to the same steps. Answers are byte-identical to `createFetchHandler`'s.
 * @example const app = createApp(createMock({ clock: 'manual' })); request(app).get('/mj/task/1/fetch')
 */
export function createApp(mock: Mock, options: AppOptions = {}): Express {
  const pipeline = createPipeline(mock, options);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(
    docsUiMiddleware({
      docsUi: options.docsUi,
      control: options.control !== false,
      publicUrl: mock.publicUrl,
    }),
  );

  /** ts-rest's handler: the pipeline's steps, headed here, the bytes written once by ts-rest's pipe. */
  const handler: ContractHandler = async ({ req, res }) => {
    const { plan, body } = res.locals as Locals;
    const response = await pipeline.run(plan!, body);
    return {
      status: response.status,
      body: new AnswerBytes(prepareAnswer(res, response, req.method === 'HEAD')),
    };
  };
  const routers = createContractRouters(handler, options.control !== false);

  app.use(async (req, res, next) => {
    try {
      const core = toCore(mock, req);
      const pre = await pipeline.preBody(core);
      if (!pre.ok) {
        // Answered without reading the body: the answer goes out at once (a wrong key never waits
        // for 20 MB). With a body still coming, the answer says `Connection: close` (unread bytes
        // never become the next request) and the connection lingers, discarding them (bounded),
        // before it closes: closing while the client still writes would reset the answer away.
        const unread = !req.complete;
        send(req, res, { ...pipeline.early(core, pre.response), ...(unread ? { close: true } : {}) });
        return;
      }
      const plan = pre.plan;
      const hasBody = core.method !== 'GET' && core.method !== 'HEAD';
      const read = hasBody
        ? await readNodeBody(req, plan.limit)
        : { ok: true as const, bytes: new Uint8Array() };
      const parsed = pipeline.parse(plan, read);
      if (!parsed.ok) return send(req, res, parsed.response);
      (res.locals as Locals).plan = plan;
      (res.locals as Locals).body = parsed.body;
      req.body = parsed.body;
      // Route on the profile's rewritten path (prefixes stripped), keeping the query.
      req.url = core.query ? `${plan.path}?${core.query}` : plan.path;
      // The route is matched already: straight to its ts-rest router (files, documents: next).
      const router = routers.get(plan.match);
      if (router) router(req, res, next);
      else next();
    } catch (error) {
      next(error);
    }
  });

  // Files, documents: the same pipeline steps.
  app.use(async (req, res, next) => {
    const { plan, body } = res.locals as Locals;
    if (!plan) return next();
    send(req, res, await pipeline.run(plan, body));
  });
  return app;
}
