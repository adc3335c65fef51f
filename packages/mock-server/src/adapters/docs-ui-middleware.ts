import type { RequestHandler } from 'express';
import { createDocsUi, type DocsUi } from '../node/docs-ui';

/** How the express app serves the API docs UI. */
export interface DocsUiMount {
  /** A docs UI to serve, or `false` for none (default: `createDocsUi` over the contract's documents). */
  docsUi?: DocsUi | false | undefined;
  /** Offer the control document (false with `--no-control`). */
  control: boolean;
  /** Origin the documents' `servers` point at (`--public-url`); default: each request's origin. */
  publicUrl: string | undefined;
}

/**
 * The offline Swagger UI (`/docs`, its assets and the two documents with `servers` rewritten to the
 * running mock) in front of the pipeline: GET/HEAD only, before auth, so a browser opens the page
 * without a key and try-it sends the key the user enters. Created on the first `/docs` request (the
 * two documents are read once then), so an app that never serves docs never reads them.
 */
export function docsUiMiddleware(mount: DocsUiMount): RequestHandler {
  let docs: DocsUi | undefined;
  return (req, res, next) => {
    if (mount.docsUi === false || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    const raw = req.originalUrl ?? req.url;
    const q = raw.indexOf('?');
    const pathname = q < 0 ? raw : raw.slice(0, q);
    if (!/^\/docs(\/|$)/.test(pathname)) return next();
    try {
      docs ??= mount.docsUi ?? createDocsUi({ control: mount.control });
      const reply = docs(pathname, mount.publicUrl ?? `${req.protocol}://${req.get('host')}`);
      if (!reply) return next();
      res.writeHead(reply.status, { 'access-control-allow-origin': '*', ...reply.headers });
      res.end(req.method === 'HEAD' ? undefined : reply.body);
    } catch (error) {
      next(error);
    }
  };
}
