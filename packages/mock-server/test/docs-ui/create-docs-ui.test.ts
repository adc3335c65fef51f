import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDocsUiAssets, createDocsUi, DOCS_UI_ASSETS, swaggerUiDistDir } from '../../src/node/docs-ui';

const BASE = 'http://127.0.0.1:9123';
const temp = mkdtempSync(join(tmpdir(), 'mjkit-docs-ui-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const dist = swaggerUiDistDir();
const copied = join(temp, 'assets');
const copiedBytes = dist ? copyDocsUiAssets(dist, copied) : 0;
const text = (body: Uint8Array | string | undefined) =>
  typeof body === 'string' ? body : new TextDecoder().decode(body);

describe('createDocsUi', () => {
  const docs = createDocsUi({ assetsDir: copied });

  it('serves the page with Swagger UI from its own origin only', () => {
    const page = docs('/docs', BASE);
    expect(page?.status).toBe(200);
    expect(page?.headers['content-type']).toBe('text/html; charset=utf-8');
    const srcs = [...text(page?.body).matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs.length).toBe(6);
    for (const src of srcs) expect(src).toMatch(/^\/docs\//);
    expect(docs('/docs/', BASE)?.status).toBe(200);
  });

  it('starts Swagger UI with both documents, no validator and no persisted keys', () => {
    const init = text(docs('/docs/swagger-initializer.js', BASE)?.body);
    expect(init).toContain('"url": "/docs/specs/gateway.json"');
    expect(init).toContain('"url": "/docs/specs/mock-control.json"');
    expect(init).toContain('"validatorUrl": null');
    expect(init).toContain('"persistAuthorization": false');
  });

  it('serves each allowed asset byte for byte, JS and CSS with charset=utf-8', () => {
    for (const [name, type] of Object.entries(DOCS_UI_ASSETS)) {
      const res = docs(`/docs/assets/${name}`, BASE);
      expect(res?.status, name).toBe(200);
      expect(res?.headers['content-type'], name).toBe(type);
      expect((res?.body as Uint8Array | undefined)?.byteLength, name).toBe(statSync(join(copied, name)).size);
    }
    expect(DOCS_UI_ASSETS['swagger-ui-bundle.js']).toContain('charset=utf-8');
    expect(DOCS_UI_ASSETS['swagger-ui.css']).toContain('charset=utf-8');
  });

  it('rewrites the servers of a served document to the base URL, keeping the mode prefixes', () => {
    const doc = JSON.parse(text(docs('/docs/specs/gateway.json', 'http://127.0.0.1:9123/')?.body));
    expect(doc.servers.map((s: { url: string }) => s.url)).toEqual([
      BASE,
      `${BASE}/mj-relax`,
      `${BASE}/mj-fast`,
      `${BASE}/mj-turbo`,
    ]);
    expect(doc.paths['/mj/submit/imagine'].post.tags).toEqual(['Submit']);
    const control = JSON.parse(text(docs('/docs/specs/mock-control.json', BASE)?.body));
    expect(control.servers).toEqual([{ url: BASE, description: 'mjkit mock server (default port)' }]);
  });

  it('leaves every other path to the host (no traversal, no unlisted file)', () => {
    for (const path of [
      '/',
      '/docsx',
      '/docs/assets/index.html',
      '/docs/assets/../package.json',
      '/docs/assets/swagger-ui-bundle.js.map',
      '/docs/specs/nope.json',
      '/docs/specs/../gateway.json',
      '/mj/submit/imagine',
    ])
      expect(docs(path, BASE), path).toBeUndefined();
  });

  it('drops the control document when the control API is off', () => {
    const noControl = createDocsUi({ control: false, assetsDir: copied });
    expect(text(noControl('/docs/swagger-initializer.js', BASE)?.body)).not.toContain('mock-control');
    expect(noControl('/docs/specs/mock-control.json', BASE)).toBeUndefined();
    expect(noControl('/docs/specs/gateway.json', BASE)?.status).toBe(200);
  });

  it('answers a clear JSON 503 when the assets are missing, and still serves page and specs', () => {
    const missing = createDocsUi({ assetsDir: join(temp, 'nothing-here') });
    const res = missing('/docs/assets/swagger-ui.css', BASE);
    expect(res?.status).toBe(503);
    expect(JSON.parse(text(res?.body))).toMatchObject({ error: 'docs_ui_assets_missing' });
    expect(missing('/docs', BASE)?.status).toBe(200);
  });

  it('copies only the needed assets: under 2.5 MB of the 12 MB package', () => {
    expect(dist).toBeDefined();
    expect(copiedBytes).toBeGreaterThan(1_000_000);
    expect(copiedBytes).toBeLessThan(2_500_000);
    expect(readFileSync(join(copied, 'LICENSE'), 'utf8')).toContain('Apache License');
  });

  it('throws at creation, not per request, for a missing document', () => {
    expect(() => createDocsUi({ documents: [{ title: 'x', specPath: join(temp, 'none.json') }] })).toThrow(
      /ENOENT/,
    );
  });
});
