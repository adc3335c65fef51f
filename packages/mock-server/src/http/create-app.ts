import {
  generateGatewayOpenApi,
  generateMockControlOpenApi,
  type OpenApiDocument,
} from '@mjkit/contract/openapi';
import { SPEED_MODE_PREFIXES, stripSpeedModePrefix } from '@mjkit/contract';
import express, { type Express } from 'express';
import pino, { type Logger } from 'pino';
import { CDN_PREFIX } from '../engine/media';
import { taskImage, uploadedFile } from '../gateway/files';
import { UPLOAD_PREFIX } from '../images/upload-store';
import type { Mock } from '../mock/create-mock';
import { auth } from './auth';
import { controlEndpoints } from './control-endpoints';
import { cors } from './cors';
import { renderDocsPage } from './docs-page';
import { errorHandler, notFound } from './errors';
import { forcedHttpError } from './forced-http-error';
import { contextFor, gatewayEndpoints } from './gateway-endpoints';
import { requestLog } from './request-log';

/** How the app is served. */
export interface AppOptions {
  /** Serve `/__mock/*` (default true). */
  control?: boolean;
  /** Origin used in URLs (images, uploads); default: each request's own. */
  publicUrl?: string | undefined;
  /** JSON body limit (default 20 MB: several base64 images). */
  bodyLimit?: string;
  /** Request logs; default silent. */
  logger?: Logger;
}

/**
 * Builds the express app of a mock (DESIGN.md §6: build the app, listen elsewhere). It never listens;
 * the CLI or a test does.
 * @example const app = createApp(createMock({ clock: 'manual' })); request(app).get('/mj/task/1/fetch')
 */
export function createApp(mock: Mock, options: AppOptions = {}): Express {
  const logger = options.logger ?? pino({ level: 'silent' });
  const publicUrl = options.publicUrl?.replace(/\/+$/, '');
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use(cors());
  app.use(express.json({ limit: options.bodyLimit ?? '20mb', type: () => true, strict: false }));
  app.use(requestLog(mock.requests, logger, () => mock.clock.now()));
  app.use((_req, _res, next) => {
    mock.engine.sync();
    next();
  });

  let docs: { gateway: OpenApiDocument; control: OpenApiDocument } | undefined;
  const getDocs = () => {
    docs ??= { gateway: generateGatewayOpenApi(), control: generateMockControlOpenApi() };
    return docs;
  };
  app.get('/openapi.json', (_req, res) => void res.json(getDocs().gateway));
  app.get('/openapi/mock-control.json', (_req, res) => void res.json(getDocs().control));
  app.get('/docs', (_req, res) => {
    const { gateway, control } = getDocs();
    const pages = [{ title: 'Gateway API (/mj/*)', doc: gateway, href: '/openapi.json' }];
    if (options.control !== false)
      pages.push({ title: 'Mock control API (/__mock/*)', doc: control, href: '/openapi/mock-control.json' });
    res.type('html').send(renderDocsPage(pages));
  });
  app.get(
    '/',
    (_req, res) =>
      void res.json({
        name: 'mjkit mock server',
        docs: '/docs',
        openapi: '/openapi.json',
        control: options.control !== false ? '/__mock/state' : null,
      }),
  );

  const files = (res: express.Response, reply: ReturnType<typeof taskImage>) => {
    if (reply.status !== 200) return void res.status(reply.status).json(reply.body);
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    res.type(reply.file.contentType).send(Buffer.from(reply.file.bytes));
  };
  const ctx = (req: express.Request, res: express.Response) =>
    contextFor(mock, { publicUrl }, 'image', req, res);
  app.get(`${CDN_PREFIX}/:taskId/:file`, (req, res) =>
    files(res, taskImage(ctx(req, res), req.params.taskId, req.params.file)),
  );
  app.get(`${UPLOAD_PREFIX}/:file`, (req, res) => files(res, uploadedFile(ctx(req, res), req.params.file)));

  // Gateway paths (with or without a mode prefix) need a key, except the image proxy (spec §1.3).
  const requireKey = auth(() => mock.engine.config().keys);
  const outcomes = forcedHttpError(mock);
  app.use((req, res, next) => {
    const path = stripSpeedModePrefix(req.path);
    if (!/^\/mj\//i.test(path)) return next();
    const afterAuth = () => outcomes(req, res, next);
    if (/^\/mj\/image\//i.test(path)) return afterAuth();
    requireKey(req, res, afterAuth);
  });
  const gateway = gatewayEndpoints(mock, { publicUrl });
  app.use(Object.values(SPEED_MODE_PREFIXES), gateway);
  app.use(gateway);
  if (options.control !== false) app.use(controlEndpoints(mock, { publicUrl }));

  app.use(notFound());
  app.use(errorHandler(logger));
  return app;
}
