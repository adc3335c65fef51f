import { renderDocsPage } from './docs-page';
import type { MetaRouteName } from './route-match';
import type { CoreResponse } from './http-types';

type Doc = import('./docs-page').OpenApiDocument;

/** Loads the two committed OpenAPI documents (the Node entry injects a disk reader). */
export type DocsLoader = () => Promise<{ gateway: unknown; control: unknown }>;

let docs: Promise<{ gateway: unknown; control: unknown }> | undefined;

/**
 * The committed OpenAPI documents (`@mjkit/contract/openapi/*.json`), loaded on first use: the mock
 * serves the files the contract's drift check guards, and never generates them at run time.
 */
export function importDocs(): Promise<{ gateway: unknown; control: unknown }> {
  docs ??= Promise.all([
    import('@mjkit/contract/openapi/gateway.json', { with: { type: 'json' } }),
    import('@mjkit/contract/openapi/mock-control.json', { with: { type: 'json' } }),
  ]).then(([g, c]) => ({ gateway: g.default, control: c.default }));
  return docs;
}

/** The index, the docs page and the two OpenAPI files. `control` false hides the control API's. */
export async function serveMeta(
  name: MetaRouteName,
  control: boolean,
  load: DocsLoader = importDocs,
): Promise<CoreResponse> {
  const json = (value: unknown): CoreResponse => ({
    status: 200,
    headers: {},
    body: { type: 'json', value },
  });
  if (name === 'root')
    return json({
      name: 'mjkit mock server',
      docs: '/docs',
      openapi: '/openapi.json',
      control: control ? '/__mock/state' : null,
    });
  const loaded = await load();
  const gateway = loaded.gateway as Doc;
  const controlDoc = loaded.control as Doc;
  if (name === 'openapi') return json(gateway);
  if (name === 'openapiControl') return json(controlDoc);
  const pages = [{ title: 'Gateway API (/mj/*)', doc: gateway, href: '/openapi.json' }];
  if (control)
    pages.push({
      title: 'Mock control API (/__mock/*)',
      doc: controlDoc,
      href: '/openapi/mock-control.json',
    });
  return {
    status: 200,
    headers: {},
    body: { type: 'text', text: renderDocsPage(pages), contentType: 'text/html; charset=utf-8' },
  };
}
