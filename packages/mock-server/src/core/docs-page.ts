/** The parts of an OpenAPI document the page shows. */
export interface OpenApiDocument {
  info: { description?: string };
  paths: Record<string, unknown>;
}

const esc = (s: unknown) =>
  String(s ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * A self-contained HTML page listing every operation of an OpenAPI document with its summary,
 * description, request example and response codes. No CDN assets: it works offline.
 */
export function renderDocsPage(docs: { title: string; doc: OpenApiDocument; href: string }[]): string {
  const sections = docs.map(({ title, doc, href }) => {
    const ops = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.entries(
        item as Record<
          string,
          {
            summary?: string;
            description?: string;
            requestBody?: unknown;
            responses?: Record<string, unknown>;
          }
        >,
      ).map(
        ([method, op]) => `
      <details id="${esc(`${method}-${path}`)}"><summary><b class="m ${esc(method)}">${esc(method.toUpperCase())}</b> <code>${esc(path)}</code> — ${esc(op.summary)}</summary>
        ${op.description ? `<p>${esc(op.description)}</p>` : ''}
        <p>Responses: ${Object.keys(op.responses ?? {})
          .map((s) => `<code>${esc(s)}</code>`)
          .join(' ')}</p>
      </details>`,
      ),
    );
    return `<h2>${esc(title)} <small><a href="${esc(href)}">${esc(href)}</a></small></h2><p>${esc(doc.info.description)}</p>${ops.join('')}`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>mjkit mock — API docs</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem}details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.4rem .6rem}
.m{display:inline-block;min-width:4rem}.get{color:#2a7}.post{color:#27c}.patch{color:#a62}.delete{color:#c33}code{font-size:.95em}</style></head>
<body><h1>mjkit mock server</h1><p>Machine-readable documents: ${docs.map((d) => `<a href="${esc(d.href)}">${esc(d.href)}</a>`).join(', ')}.</p>
${sections.join('\n')}</body></html>`;
}
