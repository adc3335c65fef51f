import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { localError } from '../gateway/replies';

/** JSON 404 for any unknown route, in the gateway's shape A. */
export function notFound(): RequestHandler {
  return (req, res) => {
    const reply = localError('route_not_found', `${req.method} ${req.path}`);
    res.status(404).json(reply.body);
  };
}

/**
 * Last-resort error mapping: malformed JSON → 400 `bind_request_body_failed`, too large → 413
 * `request_body_too_large`, anything else → 500 `internal_error` without a stack trace (logged).
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { type?: string; status?: number }, req, res, _next) => {
    const reply =
      err.type === 'entity.too.large'
        ? localError('request_body_too_large')
        : err.type === 'entity.parse.failed' || err.type === 'encoding.unsupported' || err.status === 400
          ? localError('bind_request_body_failed')
          : localError('internal_error');
    if (reply.status === 500) logger.error({ err, path: req.originalUrl }, 'unhandled error');
    if (res.headersSent) {
      res.end();
      return;
    }
    res.status(reply.status).json(reply.body);
  };
}
