import type { RequestLogEntry } from '@mjkit/contract';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { Journal } from '../notify/journal';

/** Summarises a body for the journal: long strings (base64) are cut so entries stay small. */
export function summarizeBody(body: unknown): string {
  if (body === undefined || body === null || (typeof body === 'object' && Object.keys(body).length === 0))
    return '';
  const text = JSON.stringify(body, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v,
  );
  return text.length > 2000 ? `${text.slice(0, 2000)}…` : text;
}

/** Journals every request (method, path, status, ms, body summary) and logs one line for it. */
export function requestLog(
  journal: Journal<RequestLogEntry>,
  logger: Logger,
  now: () => number,
): RequestHandler {
  return (req, res, next) => {
    const started = performance.now();
    const at = now();
    res.on('finish', () => {
      const ms = Math.round((performance.now() - started) * 10) / 10;
      const entry: RequestLogEntry = {
        at,
        method: req.method,
        path: req.originalUrl,
        status: res.statusCode,
        ms,
        body: summarizeBody(req.body),
      };
      if (!req.path.startsWith('/__mock/requests')) journal.add(entry);
      const level = res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info';
      logger[level](
        { method: req.method, path: req.originalUrl, status: res.statusCode, ms },
        `${req.method} ${req.originalUrl} ${res.statusCode}`,
      );
    });
    next();
  };
}
