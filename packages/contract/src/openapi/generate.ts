import { generateOpenApi } from '@ts-rest/open-api';
import { gatewayContract } from '../gateway-router';
import { mockControlContract } from '../mock-control';
import { SPEED_MODE_PREFIXES, SPEED_MODES } from '../speed-mode';
import { COMPONENT_EXAMPLES } from './examples';
import { type ComponentSchemas, createZod4SchemaTransformer } from './schema-transformer';

const DEFAULT_SERVER = 'http://127.0.0.1:8080';

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

/**
 * OpenAPI 3.0 document of the gateway (`/mj/*` only). The speed-mode prefixes are alternate servers;
 * `mode` in the body does the same.
 * @example writeFileSync('gateway.json', JSON.stringify(generateGatewayOpenApi(), null, 2))
 */
export function generateGatewayOpenApi(): OpenApiDocument {
  return generateWithComponents(
    gatewayContract,
    {
      info: {
        title: 'Midjourney task API (/mj/*)',
        version: '1.0.0',
        description:
          'The Midjourney task API that AI gateways serve under /mj/*: submit a task, get its id, then poll ' +
          '/mj/task/{id}/fetch or receive notifyHook callbacks until it succeeds. Generated from the mjkit contract.',
      },
      servers: [
        { url: DEFAULT_SERVER, description: 'mjkit mock server (default port)' },
        ...SPEED_MODES.map((mode) => ({
          url: `${DEFAULT_SERVER}${SPEED_MODE_PREFIXES[mode]}`,
          description: `${mode} mode: the same paths behind the ${SPEED_MODE_PREFIXES[mode]} prefix (wins over body \`mode\`).`,
        })),
      ],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: '`Authorization: Bearer <key>`' },
          mjApiSecret: {
            type: 'apiKey',
            in: 'header',
            name: 'mj-api-secret',
            description: 'What web clients send.',
          },
        },
      },
      security: [{ bearer: [] }, { mjApiSecret: [] }],
    },
    // The image proxy needs no key (new-api serves it to <img> tags).
    (operation, route) => (route.path === '/mj/image/:id' ? { ...operation, security: [] } : operation),
  );
}

/** OpenAPI 3.0 document of the mock's control API (`/__mock/*`), kept apart from the gateway's. */
export function generateMockControlOpenApi(): OpenApiDocument {
  return generateWithComponents(mockControlContract, {
    info: {
      title: 'mjkit mock control API (/__mock/*)',
      version: '1.0.0',
      description: 'Drives the mjkit mock server: clock, config, forced outcomes, seeded tasks, journals.',
    },
    servers: [{ url: DEFAULT_SERVER }],
  });
}

type Generate = Parameters<typeof generateOpenApi>;

/**
 * Runs ts-rest's generator with the zod 4 transformer, then puts the named schemas it collected into
 * `components.schemas`, sorted for stable output.
 */
function generateWithComponents(
  router: Generate[0],
  apiDoc: Generate[1],
  operationMapper?: NonNullable<Generate[2]>['operationMapper'],
): OpenApiDocument {
  const components: ComponentSchemas = new Map();
  const doc = generateOpenApi(router, apiDoc, {
    setOperationId: true,
    schemaTransformer: createZod4SchemaTransformer(components),
    ...(operationMapper ? { operationMapper } : {}),
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
