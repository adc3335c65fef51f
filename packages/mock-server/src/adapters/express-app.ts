import express, { type Express } from 'express';
import type { PipelineOptions } from '../core/pipeline';
import type { Mock } from '../mock/create-mock';
import { createNodeHandler } from './node-handler';

export { send } from './node-handler';

/** How the express app serves (the pipeline's options). */
export type AppOptions = PipelineOptions;

/**
 * The express app of a mock (DESIGN.md §6: build the app, listen elsewhere), for tests (supertest)
 * and for mounting the mock inside another express app. It mounts `createNodeHandler`: the pipeline
 * runs the pre-body stage (the route table matches once; 401/413/415 come before any byte is read),
 * reads the body within the limit and answers with one write. No express router or
 * `@ts-rest/express` layer runs per request: the route table already matched the contract's routes,
 * and their zod request check was discarded anyway (routes bind bodies themselves, DESIGN.md §2);
 * skipping them doubled fetch req/s (issue #16, docs/benchmarks.md). `mjkit-mock` serves the node
 * handler without express. Answers are byte-identical to `createFetchHandler`'s.
 * @example const app = createApp(createMock({ clock: 'manual' })); request(app).get('/mj/task/1/fetch')
 */
export function createApp(mock: Mock, options: AppOptions = {}): Express {
  const handler = createNodeHandler(mock, options);
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.use((req, res) => handler(req, res));
  return app;
}
