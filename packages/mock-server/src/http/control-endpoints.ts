import { type MockState, mockControlContract } from '@mjkit/contract';
import { createExpressEndpoints, initServer } from '@ts-rest/express';
import express, { type Router } from 'express';
import type { z } from 'zod';
import { localError } from '../gateway/replies';
import type { Mock } from '../mock/create-mock';

const s = initServer();

/** A control-API 400 in shape A, naming what was wrong. */
const badRequest = (message: string) => {
  const reply = localError('bind_request_body_failed', message);
  return { status: 400 as const, body: reply.body as { code: number; description: string; type: string } };
};

/**
 * The control API (`/__mock/*`, DESIGN.md §3) on an express router: clock, config, forced outcomes,
 * seeded tasks and journals, typed by the contract's mock sub-router.
 */
export function controlEndpoints(mock: Mock, options: { publicUrl?: string | undefined }): Router {
  const router = express.Router();
  const state = (): MockState => ({
    clock: mock.clock.state(),
    config: mock.engine.config(),
    ...mock.engine.stats(),
    outcomes: mock.engine.outcomes.list(),
  });
  const impl = s.router(mockControlContract, {
    state: async () => ({ status: 200, body: state() }),
    reset: async () => {
      mock.reset();
      return { status: 200, body: state() };
    },
    setClock: async ({ body }) => {
      try {
        const clock = mock.clock.set(body);
        mock.engine.sync();
        return { status: 200, body: clock };
      } catch (e) {
        return badRequest((e as Error).message);
      }
    },
    advance: async ({ body }) => {
      mock.engine.sync();
      mock.clock.advance(body.ms);
      const events = mock.engine.sync().map(({ task: _task, ...event }) => event);
      return { status: 200, body: { clock: mock.clock.state(), events } };
    },
    getConfig: async () => ({ status: 200, body: mock.engine.config() }),
    patchConfig: async ({ body }) => ({ status: 200, body: mock.engine.configure(body) }),
    listOutcomes: async () => ({ status: 200, body: mock.engine.outcomes.list() }),
    addOutcome: async ({ body }) => ({ status: 200, body: mock.engine.outcomes.add(body) }),
    clearOutcomes: async () => ({ status: 200, body: mock.engine.outcomes.clear() }),
    seedTask: async ({ body, req }) => ({
      status: 200,
      body: mock.engine.seed(body, options.publicUrl ?? `${req.protocol}://${req.get('host')}`),
    }),
    requests: async ({ query }) => ({ status: 200, body: mock.requests.list(undefined, query.limit ?? 100) }),
    notifications: async ({ query }) => ({
      status: 200,
      body: mock.notifications.list(query.taskId ? (e) => e.taskId === query.taskId : undefined),
    }),
  });
  createExpressEndpoints(mockControlContract, impl, router, {
    responseValidation: true,
    logInitialization: false,
    requestValidationErrorHandler: (err, _req, res) => {
      const failed = (err.body ?? err.query ?? err.pathParams ?? err.headers) as {
        issues?: z.core.$ZodIssue[];
      } | null;
      const message = (failed?.issues ?? [])
        .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
        .join('; ');
      res.status(400).json(badRequest(message || 'invalid request').body);
    },
  });
  return router;
}
