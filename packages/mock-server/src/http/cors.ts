import type { RequestHandler } from 'express';

/**
 * CORS on every response, errors included, and preflight answered (DESIGN.md §3): browser apps on any
 * origin can call the mock with the gateway's headers.
 */
export function cors(): RequestHandler {
  return (req, res, next) => {
    const origin = req.get('origin');
    res.setHeader('Access-Control-Allow-Origin', origin ?? '*');
    if (origin) res.setHeader('Vary', 'Origin');
    res.setHeader('Access-Control-Allow-Credentials', 'true');
    res.setHeader('Access-Control-Expose-Headers', 'Content-Type, Content-Length, X-Request-Id');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, PATCH, PUT, DELETE, OPTIONS');
      res.setHeader(
        'Access-Control-Allow-Headers',
        req.get('access-control-request-headers') ??
          'Authorization, Content-Type, mj-api-secret, X-Mock-Outcome',
      );
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
