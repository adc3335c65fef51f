import type { MetaRouteName } from './route-match';
import type { CoreResponse } from './http-types';

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

/**
 * The index and the two OpenAPI files. `control` false hides the control API's. `/docs` reaches here
 * only where no docs UI is mounted (the fetch and MSW adapters; the Node server mounts Swagger UI in
 * front, issue 14 point 8): it answers the list of documents to load into any OpenAPI viewer.
 */
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
  if (name === 'docs')
    return json({
      docsUi: 'served by the Node server (mjkit-mock, startMockServer, createApp) at /docs',
      documents: [
        { title: 'Gateway API (/mj/*)', url: '/openapi.json' },
        ...(control ? [{ title: 'Mock control API (/__mock/*)', url: '/openapi/mock-control.json' }] : []),
      ],
    });
  const loaded = await load();
  return json(name === 'openapi' ? loaded.gateway : loaded.control);
}
