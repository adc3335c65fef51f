import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DOCS_UI_ASSETS, findDocsUiAssets } from './docs-ui-assets';
import { renderDocsUiHtml, renderDocsUiInitializer } from './docs-ui-page';
import { rewriteServers } from './rewrite-servers';

/** A document the UI offers in its selector. */
export interface DocsUiDocument {
  title: string;
  /** Path of the OpenAPI JSON file on disk. */
  specPath: string;
  /** URL segment of the served spec (`<basePath>/specs/<slug>.json`); default: from the file name. */
  slug?: string;
  /** Part of the control API: left out when `control` is false. */
  control?: boolean;
}

/** Options of {@link createDocsUi}. */
export interface DocsUiOptions {
  /** Default: the contract's committed gateway and mock-control documents. */
  documents?: readonly DocsUiDocument[];
  /** Offer the control document (default true; false when the mock runs with `--no-control`). */
  control?: boolean;
  /** Mount point (default `/docs`). */
  basePath?: string;
  /** Directory of the Swagger UI assets (default: found, see `findDocsUiAssets`). */
  assetsDir?: string;
  /** Keep keys entered in the UI across reloads (default false). */
  persistAuthorization?: boolean;
}

/** A framework-free answer; the host writes it as is. */
export interface DocsUiResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string;
}

/** Answers a GET/HEAD pathname, or returns undefined for paths it does not serve. */
export type DocsUi = (pathname: string, baseUrl: string) => DocsUiResponse | undefined;

const require = createRequire(import.meta.url);

/** The contract's two committed documents. */
export function defaultDocsUiDocuments(): DocsUiDocument[] {
  return [
    { title: 'Gateway API (/mj/*)', specPath: require.resolve('@mjkit/contract/openapi/gateway.json') },
    {
      title: 'Mock control API (/__mock/*)',
      specPath: require.resolve('@mjkit/contract/openapi/mock-control.json'),
      control: true,
    },
  ];
}

const NO_CACHE = { 'cache-control': 'no-cache', 'x-content-type-options': 'nosniff' };

/**
 * The offline API docs UI (Swagger UI) for a running mock: `<basePath>` is the page, `<basePath>/assets/*`
 * Swagger UI's files, `<basePath>/specs/<slug>.json` each document with its `servers` pointing at
 * `baseUrl`, so try-it calls the mock that serves the page. Specs are read once here (a missing file
 * throws now, not per request); assets on first use, then kept (a fixed set of 5 files, ~2.2 MB).
 * @example
 * const docs = createDocsUi({ control: true });
 * const reply = docs('/docs', 'http://127.0.0.1:8080'); // {status: 200, headers, body: '<!doctype html>…'}
 */
export function createDocsUi(options: DocsUiOptions = {}): DocsUi {
  const basePath = (options.basePath ?? '/docs').replace(/\/+$/, '');
  const documents = (options.documents ?? defaultDocsUiDocuments()).filter(
    (d) => options.control !== false || !d.control,
  );
  const specs = new Map(
    documents.map((d) => {
      const slug = d.slug ?? d.specPath.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
      return [slug, { title: d.title, doc: JSON.parse(readFileSync(d.specPath, 'utf8')) as unknown }];
    }),
  );
  const entries = [...specs].map(([slug, s]) => ({ name: s.title, url: `${basePath}/specs/${slug}.json` }));
  const html = renderDocsUiHtml(basePath);
  const initializer = renderDocsUiInitializer({
    basePath,
    entries,
    persistAuthorization: options.persistAuthorization ?? false,
  });
  const assets = new Map<string, Uint8Array>();
  let assetsDir: string | undefined;

  const text = (status: number, type: string, body: string): DocsUiResponse => ({
    status,
    headers: { 'content-type': type, ...NO_CACHE },
    body,
  });

  return (pathname, baseUrl) => {
    if (pathname === basePath || pathname === `${basePath}/`)
      return text(200, 'text/html; charset=utf-8', html);
    if (!pathname.startsWith(`${basePath}/`)) return undefined;
    const rest = pathname.slice(basePath.length + 1);
    if (rest === 'swagger-initializer.js') return text(200, 'text/javascript; charset=utf-8', initializer);
    const spec = /^specs\/([\w.-]+)\.json$/.exec(rest);
    if (spec) {
      const found = specs.get(spec[1] ?? '');
      if (!found) return undefined;
      return text(200, 'application/json; charset=utf-8', JSON.stringify(rewriteServers(found.doc, baseUrl)));
    }
    const name = rest.startsWith('assets/') ? rest.slice('assets/'.length) : undefined;
    const type = name !== undefined && Object.hasOwn(DOCS_UI_ASSETS, name) ? DOCS_UI_ASSETS[name] : undefined;
    if (name === undefined || type === undefined) return undefined;
    assetsDir ??= findDocsUiAssets(options.assetsDir);
    if (assetsDir === undefined)
      return text(
        503,
        'application/json; charset=utf-8',
        JSON.stringify({
          error: 'docs_ui_assets_missing',
          hint: 'run `pnpm --filter @mjkit/mock-server build`',
        }),
      );
    let bytes = assets.get(name);
    if (!bytes) {
      bytes = new Uint8Array(readFileSync(join(assetsDir, name)));
      assets.set(name, bytes);
    }
    return {
      status: 200,
      headers: {
        'content-type': type,
        'cache-control': 'public, max-age=3600',
        'x-content-type-options': 'nosniff',
      },
      body: bytes,
    };
  };
}
