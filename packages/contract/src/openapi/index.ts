/**
 * `@mjkit/contract/openapi`: OpenAPI generation, kept out of the main entry so client bundles never
 * load `@ts-rest/open-api`.
 */
export { generateGatewayOpenApi, generateMockControlOpenApi, type OpenApiDocument } from './generate';
export { OPENAPI_FILES, serializeOpenApi } from './files';
export { generateProfileOpenApi } from './profile-documents';
export { type ComponentSchemas, createZod4SchemaTransformer } from './schema-transformer';
