import { PROFILE_OPENAPI_FILES, PROFILE_TARGETS } from '../profile-targets';
import { generateMockControlOpenApi, type OpenApiDocument } from './generate';
import { generateProfileOpenApi } from './profile-documents';

/**
 * The committed OpenAPI files and their generators (the drift test and the writer share this): one
 * gateway document per profile target (`gateway.json` is the doc profile's) and the control API's.
 */
export const OPENAPI_FILES: Record<string, () => OpenApiDocument> = {
  ...Object.fromEntries(
    PROFILE_TARGETS.map((target) => [PROFILE_OPENAPI_FILES[target], () => generateProfileOpenApi(target)]),
  ),
  'mock-control.json': generateMockControlOpenApi,
};

/** The exact text written to disk. */
export function serializeOpenApi(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
