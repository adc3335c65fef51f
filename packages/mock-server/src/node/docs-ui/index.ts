/**
 * The offline API docs UI (Swagger UI over the contract's OpenAPI documents), framework-free so any
 * Node server of the mock can mount it.
 */
export {
  createDocsUi,
  type DocsUi,
  type DocsUiDocument,
  type DocsUiOptions,
  type DocsUiResponse,
  defaultDocsUiDocuments,
} from './create-docs-ui';
export { copyDocsUiAssets, DOCS_UI_ASSETS, findDocsUiAssets, swaggerUiDistDir } from './docs-ui-assets';
export { rewriteServers } from './rewrite-servers';
