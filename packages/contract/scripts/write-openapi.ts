/**
 * Writes the committed OpenAPI documents (`openapi/gateway.json`, `openapi/mock-control.json`).
 * Run `pnpm --filter @mjkit/contract openapi:write` after changing the contract; a test fails on drift.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { OPENAPI_FILES, serializeOpenApi } from '../src/openapi/files';

for (const [file, generate] of Object.entries(OPENAPI_FILES)) {
  const path = fileURLToPath(new URL(`../openapi/${file}`, import.meta.url));
  writeFileSync(path, serializeOpenApi(generate()));
  console.log(`wrote ${path}`);
}
