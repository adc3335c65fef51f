import { generateOpenApi } from '@ts-rest/open-api';
import { VARIANT_ROUTE_NAMES } from '../core/routes';
import { gatewayContract } from '../gateway-router';
import { mockControlContract } from '../mock-control';
import { ShapeBErrorSchema } from '../schemas/errors';
import { SPEED_MODE_PREFIXES, SPEED_MODES } from '../speed-mode';
import { CONTROL_TAGS, controlOperationDocs } from './control-docs';
import { COMPONENT_EXAMPLES } from './examples';
import { GATEWAY_OPERATION_DOCS, GATEWAY_TAGS } from './gateway-docs';
import { applyOperationDocs, type OperationDocs } from './operation-docs';
import {
  type ComponentSchemas,
  createZod4SchemaTransformer,
  type SchemaTransformerSync,
} from './schema-transformer';

/** The mock's default address, the first server of every document. */
export const DEFAULT_SERVER = 'http://127.0.0.1:8080';

/**
 * The OpenAPI 3.0 document both generators return (the parts callers read; a local type, so the
 * published declarations need neither `@ts-rest/open-api` nor `openapi3-ts`).
 */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  servers?: { url: string; description?: string }[];
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

/** The two ways a key is sent, read as new-api reads them (spec §1.4); `who` names the key. */
export function keySchemes(who: string) {
  return {
    bearer: {
      type: 'http',
      scheme: 'bearer',
      description: `\`Authorization: Bearer <${who}>\` (the \`sk-\` prefix is optional).`,
    },
    mjApiSecret: {
      type: 'apiKey',
      in: 'header',
      name: 'mj-api-secret',
      description: `\`mj-api-secret: <${who}>\`, read when \`Authorization\` is absent or \`midjourney-proxy\` (what web clients send).`,
    },
  };
}

/**
 * OpenAPI 3.0 document of the gateway (`/mj/*` only). The speed-mode prefixes are alternate servers;
 * `mode` in the body does the same.
 * @example writeFileSync('gateway.json', JSON.stringify(generateGatewayOpenApi(), null, 2))
 */
export function generateGatewayOpenApi(): OpenApiDocument {
  // The doc profile serves no variant-only route (profiles.md §2), so its document leaves them out.
  const served = Object.fromEntries(
    Object.entries(gatewayContract).filter(
      ([name]) => !(VARIANT_ROUTE_NAMES as readonly string[]).includes(name),
    ),
  ) as Generate[0];
  return generateWithComponents(
    served,
    {
      info: {
        title: 'Midjourney task API (/mj/*)',
        version: '1.0.0',
        description:
          'The Midjourney task API that AI gateways serve under /mj/*: submit a task, get its id, then poll ' +
          '/mj/task/{id}/fetch or receive notifyHook callbacks until it succeeds. Generated from the mjkit contract.\n\n' +
          'Errors come in two shapes: **A** `{"code":4,"description":"<name>","type":"upstream_error"}` for the ' +
          'gateway\'s own checks, **B** `{"error":{"message","type","code"}}` for auth and distribution.',
      },
      servers: [
        { url: DEFAULT_SERVER, description: 'mjkit mock server (default port)' },
        ...SPEED_MODES.map((mode) => ({
          url: `${DEFAULT_SERVER}${SPEED_MODE_PREFIXES[mode]}`,
          description: `${mode} mode: the same paths behind the ${SPEED_MODE_PREFIXES[mode]} prefix (wins over body \`mode\`).`,
        })),
      ],
      tags: [...GATEWAY_TAGS],
      components: { securitySchemes: keySchemes('API key') },
      security: [{ bearer: [] }, { mjApiSecret: [] }],
    },
    () => GATEWAY_OPERATION_DOCS,
    // The image proxy needs no key (new-api serves it to <img> tags).
    (operation, path) => (path === '/mj/image/:id' ? { ...operation, security: [] } : operation),
  );
}

/** OpenAPI 3.0 document of the mock's control API (`/__mock/*`), kept apart from the gateway's. */
export function generateMockControlOpenApi(): OpenApiDocument {
  return generateWithComponents(
    mockControlContract,
    {
      info: {
        title: 'mjkit mock control API (/__mock/*)',
        version: '1.0.0',
        description:
          'Drives the mjkit mock server: clock, config, forced outcomes, seeded tasks, journals. ' +
          'It needs the control key (`--control-key`); without one, an API key of the mock; a mock with no key is open. ' +
          'The key is read like an API key: `Authorization: Bearer <key>` or `mj-api-secret: <key>`.',
      },
      servers: [{ url: DEFAULT_SERVER, description: 'mjkit mock server (default port)' }],
      tags: [...CONTROL_TAGS],
      components: { securitySchemes: keySchemes('control key') },
      security: [{ bearer: [] }, { mjApiSecret: [] }],
    },
    (transform) =>
      controlOperationDocs({
        description: '401',
        content: { 'application/json': { schema: responseSchema(transform, ShapeBErrorSchema) } },
      }),
  );
}

type Generate = Parameters<typeof generateOpenApi>;
type RouteDocs = Readonly<Record<string, OperationDocs>>;

/** A response schema (a `$ref` for a named schema, which lands in the components). */
function responseSchema(transform: SchemaTransformerSync, schema: unknown) {
  return transform({ schema, appRoute: undefined, id: 'extra', concatenatedPath: '', type: 'response' });
}

/**
 * Runs ts-rest's generator with the zod 4 transformer, applies each operation's docs (tags, status
 * descriptions, examples), then puts the named schemas it collected into `components.schemas`,
 * sorted for stable output.
 */
export function generateWithComponents(
  router: Generate[0],
  apiDoc: Generate[1],
  routeDocs: (transform: SchemaTransformerSync) => RouteDocs,
  mapOperation: (operation: Record<string, unknown>, path: string, id: string) => Record<string, unknown> = (
    o,
  ) => o,
): OpenApiDocument {
  const components: ComponentSchemas = new Map();
  const transform = createZod4SchemaTransformer(components);
  const docs = routeDocs(transform);
  const doc = generateOpenApi(router, apiDoc, {
    setOperationId: true,
    schemaTransformer: transform,
    operationMapper: (operation, route, id) => {
      const own = docs[id];
      if (!own) throw new Error(`OpenAPI docs: no entry for route ${id}`);
      const documented = applyOperationDocs(operation as Record<string, unknown>, own, id);
      return mapOperation(documented, route.path, id) as typeof operation;
    },
  });
  const schemas = Object.fromEntries(
    [...components.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([id, schema]) => [
        id,
        id in COMPONENT_EXAMPLES ? { ...schema, example: COMPONENT_EXAMPLES[id] } : schema,
      ]),
  );
  return { ...doc, components: { ...doc.components, schemas } } as OpenApiDocument;
}
