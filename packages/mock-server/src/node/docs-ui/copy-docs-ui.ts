/**
 * Build step (`pnpm --filter @mjkit/mock-server build` runs it after tsup): copies the Swagger UI assets
 * `/docs` serves into `dist/docs-ui/`, so the published package works without `swagger-ui-dist`.
 */
import { fileURLToPath } from 'node:url';
import { copyDocsUiAssets, swaggerUiDistDir } from './docs-ui-assets';

const from = swaggerUiDistDir();
if (from === undefined) {
  console.error('copy-docs-ui: swagger-ui-dist is not installed (a devDependency of @mjkit/mock-server)');
  process.exit(1);
}
const to = fileURLToPath(new URL('../../../dist/docs-ui/', import.meta.url));
const bytes = copyDocsUiAssets(from, to);
console.log(`copy-docs-ui: ${(bytes / 1024).toFixed(0)} KiB of Swagger UI assets → ${to}`);
