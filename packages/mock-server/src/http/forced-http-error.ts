import { emittedGatewayContract, stripSpeedModePrefix } from '@mjkit/contract';
import type { RequestHandler } from 'express';
import { localError } from '../gateway/replies';
import type { Mock } from '../mock/create-mock';
import { parseOutcomeHeader } from './outcome-header';

const pathToRoute = Object.entries(emittedGatewayContract).map(([name, route]) => ({
  name,
  pattern: new RegExp(`^${route.path.replace(/:[^/]+/g, '[^/]+')}$`, 'i'),
  method: route.method,
}));

/**
 * Forced outcomes at the HTTP edge: reads `X-Mock-Outcome` (an invalid value is a 400), and answers
 * an `http-error` outcome here, raw and unvalidated (status default 500, body as given), so clients
 * and contract tests can see what a broken gateway does. Other outcomes go to the routes via
 * `res.locals.forcedOutcome`.
 */
export function forcedHttpError(mock: Mock): RequestHandler {
  return (req, res, next) => {
    const header = parseOutcomeHeader(req.get('x-mock-outcome'));
    if (header === 'invalid') {
      const reply = localError('invalid_mock_outcome', req.get('x-mock-outcome'));
      res.status(reply.status).json(reply.body);
      return;
    }
    const path = stripSpeedModePrefix(req.path);
    const route = pathToRoute.find((r) => r.method === req.method && r.pattern.test(path));
    const prompt =
      typeof (req.body as { prompt?: unknown } | undefined)?.prompt === 'string'
        ? (req.body as { prompt: string }).prompt
        : undefined;
    const forced =
      header?.outcome === 'http-error'
        ? header
        : route
          ? mock.engine.outcomes.take({ route: route.name, path, prompt }, ['http-error'])
          : undefined;
    if (forced?.outcome === 'http-error') {
      res
        .status(forced.status ?? 500)
        .json(forced.body ?? localError('internal_error', 'forced by mock outcome').body);
      return;
    }
    res.locals.forcedOutcome = header;
    next();
  };
}
