import { generateGatewayOpenApi, generateMockControlOpenApi, type OpenApiDocument } from './generate';

/** The committed OpenAPI files and their generators (the drift test and the writer share this). */
export const OPENAPI_FILES: Record<string, () => OpenApiDocument> = {
  'gateway.json': generateGatewayOpenApi,
  'mock-control.json': generateMockControlOpenApi,
};

/** The exact text written to disk. */
export function serializeOpenApi(doc: OpenApiDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}
