/** One document in the page's selector. */
export interface DocsUiEntry {
  name: string;
  url: string;
}

/** Swagger UI settings the page starts with. */
export interface DocsUiPageOptions {
  /** Where the UI is mounted, e.g. `/docs`. */
  basePath: string;
  entries: readonly DocsUiEntry[];
  /** Keep entered keys across reloads in localStorage (default off: keys stay in memory). */
  persistAuthorization: boolean;
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The HTML shell: Swagger UI's CSS and scripts, all served by the mock itself (offline). */
export function renderDocsUiHtml(basePath: string): string {
  const a = `${esc(basePath)}/assets`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>mjkit mock — API docs</title>
<link rel="stylesheet" href="${a}/swagger-ui.css">
<link rel="icon" type="image/png" href="${a}/favicon-32x32.png" sizes="32x32">
<link rel="icon" type="image/png" href="${a}/favicon-16x16.png" sizes="16x16">
<style>body{margin:0}</style>
</head>
<body>
<div id="swagger-ui"></div>
<script src="${a}/swagger-ui-bundle.js" charset="utf-8"></script>
<script src="${a}/swagger-ui-standalone-preset.js" charset="utf-8"></script>
<script src="${esc(basePath)}/swagger-initializer.js" charset="utf-8"></script>
</body>
</html>
`;
}

/**
 * The script that starts Swagger UI: a selector over the documents, try-it on, no call to the public
 * validator (`validatorUrl: null`: the page must work offline), and keys kept in memory unless asked.
 */
export function renderDocsUiInitializer(options: DocsUiPageOptions): string {
  const config = {
    urls: options.entries,
    'urls.primaryName': options.entries[0]?.name,
    dom_id: '#swagger-ui',
    deepLinking: true,
    layout: 'StandaloneLayout',
    validatorUrl: null,
    persistAuthorization: options.persistAuthorization,
    tryItOutEnabled: true,
    displayRequestDuration: true,
    queryConfigEnabled: false,
  };
  // JSON.stringify output is a valid JS literal; `<` is escaped so no value can close a script tag.
  const json = JSON.stringify(config, null, 2).replace(/</g, '\\u003c');
  return `window.ui = SwaggerUIBundle(Object.assign(${json}, {
  presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
  plugins: [SwaggerUIBundle.plugins.DownloadUrl],
}));
`;
}
