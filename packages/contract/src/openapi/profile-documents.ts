import { c } from '../contract-builder';
import type { GatewayRouteName } from '../core/routes';
import { EMITTED_RESPONSES, type EmittedMedia, type EmittedRouteResponses } from '../emitted-responses';
import { gatewayContract } from '../gateway-router';
import type { ProfileTarget } from '../profile-targets';
import { SPEED_MODE_PREFIXES, SPEED_MODES } from '../speed-mode';
import {
  DEFAULT_SERVER,
  generateGatewayOpenApi,
  generateWithComponents,
  keySchemes,
  type OpenApiDocument,
} from './generate';
import { GATEWAY_TAGS } from './gateway-docs';
import { profileOperationDocs } from './profile-docs';

type Json = Record<string, unknown>;
type Described = Exclude<ProfileTarget, 'doc'>;

/** Title, lead text, key schemes and servers of each profile document. */
const HEADS: Readonly<
  Record<Described, { title: string; lead: string; security: Json[]; schemes: Json; prefixes: boolean }>
> = {
  'new-api': {
    title: 'Midjourney task API (/mj/*), new-api profile',
    lead:
      'What the QuantumNous/new-api gateway answers in front of a midjourney-proxy upstream (mjkit `--profile new-api`): ' +
      'forwarded submit answers as text/plain JSON, its own task DTO, relay errors (shape A, trailing space) and ' +
      'distributor errors (shape B). Paths also work behind any one segment, `/{anything}/mj/...`.',
    security: [{ bearer: [] }, { mjApiSecret: [] }],
    schemes: keySchemes('token'),
    prefixes: true,
  },
  'midjourney-proxy-nz': {
    title: 'Midjourney task API (/mj/*), midjourney-proxy profile, NZ upstream',
    lead:
      'What novicezk/midjourney-proxy answers itself (mjkit `--profile midjourney-proxy --upstream nz`): HTTP 200 ' +
      'envelopes with Chinese texts, `mj-api-secret` only, no action/modal/video and no speed-mode prefixes.',
    security: [{ mjApiSecret: [] }],
    schemes: { mjApiSecret: keySchemes('API secret').mjApiSecret },
    prefixes: false,
  },
  'midjourney-proxy-ta': {
    title: 'Midjourney task API (/mj/*), midjourney-proxy profile, TA upstream',
    lead:
      'What trueai-org/midjourney-proxy answers itself (mjkit `--profile midjourney-proxy --upstream ta`): HTTP 200 ' +
      'envelopes with Chinese texts (code 3 at 404, queue full 9), 204 for an unknown task, no change/simple-change.',
    security: [{ rawAuthorization: [] }, { mjApiSecret: [] }],
    schemes: {
      rawAuthorization: {
        type: 'apiKey',
        in: 'header',
        name: 'Authorization',
        description: 'The raw key, no `Bearer ` prefix (`WorkContext.cs`).',
      },
      mjApiSecret: keySchemes('API secret').mjApiSecret,
    },
    prefixes: true,
  },
};

/** A JSON body written as `text/plain` (new-api's forwarded envelopes): a string that starts like one. */
const JSON_AS_TEXT = (schema: unknown): Json => ({
  schema: {
    type: 'string',
    pattern: '^\\{"code":-?\\d+,',
    description: `JSON text (sent as text/plain) of this schema: ${JSON.stringify(schema)}`,
  },
  example: '{"code":1,"description":"提交成功","result":"1748339029401828","properties":{}}',
});

/** Rewrites one generated response's content to the media the target really sends. */
function withMedia(response: Json, media: readonly EmittedMedia[]): Json {
  const { content, ...rest } = response as { content?: Record<string, Json> };
  if (media.includes('bytes') || !content) return response;
  const schema = content['application/json']?.schema;
  const out: Record<string, Json> = {};
  if (media.includes('json') && schema) out['application/json'] = { schema };
  if (media.includes('json-as-text')) out['text/plain; charset=utf-8'] = JSON_AS_TEXT(schema);
  if (media.includes('text'))
    out['text/plain'] = { schema: { type: 'string' }, example: 'Authorization header missing.' };
  return Object.keys(out).length === 0 ? rest : { ...rest, content: out };
}

/** The router of a target: its routes only, the doc routes' bodies, its own answers per status. */
function profileRouter(table: Partial<Record<GatewayRouteName, EmittedRouteResponses>>) {
  const routes = Object.fromEntries(
    Object.entries(table).map(([name, responses]) => {
      const base = gatewayContract[name as GatewayRouteName];
      const wire = base.responses as Record<number, unknown>;
      return [
        name,
        {
          ...base,
          responses: Object.fromEntries(
            Object.entries(responses).map(([s, r]) => [
              s,
              r.media.includes('bytes') ? wire[Number(s)] : r.schema,
            ]),
          ),
        },
      ];
    }),
  );
  return c.router(routes, { strictStatusCodes: true });
}

/**
 * The OpenAPI 3.0 document of one profile target (issue #13): exactly its route set and its answers,
 * from {@link EMITTED_RESPONSES}. `doc` is the gateway document.
 * @example writeFileSync('gateway.new-api.json', JSON.stringify(generateProfileOpenApi('new-api'), null, 2))
 */
export function generateProfileOpenApi(target: ProfileTarget): OpenApiDocument {
  if (target === 'doc') return generateGatewayOpenApi();
  const table = EMITTED_RESPONSES[target];
  const head = HEADS[target];
  const docs = profileOperationDocs(target, table);
  const prefixes = head.prefixes
    ? SPEED_MODES.map((mode) => ({
        url: `${DEFAULT_SERVER}${SPEED_MODE_PREFIXES[mode]}`,
        description: `${mode} mode behind the ${SPEED_MODE_PREFIXES[mode]} prefix.`,
      }))
    : [];
  return generateWithComponents(
    profileRouter(table) as Parameters<typeof generateWithComponents>[0],
    {
      info: { title: head.title, version: '1.0.0', description: head.lead },
      servers: [{ url: DEFAULT_SERVER, description: 'mjkit mock server (default port)' }, ...prefixes],
      tags: GATEWAY_TAGS.filter((tag) => Object.values(docs).some((d) => d.tag === tag.name)),
      components: { securitySchemes: head.schemes },
      security: head.security,
    },
    () => docs,
    (operation, path, id) => {
      const responses = Object.fromEntries(
        Object.entries(operation.responses as Record<string, Json>).map(([status, response]) => [
          status,
          withMedia(response, table[id as GatewayRouteName]?.[Number(status)]?.media ?? ['json']),
        ]),
      );
      // A body typed `unknown` (TA's cancel reads none) is no request body at all.
      const { requestBody, ...rest } = operation as { requestBody?: { content?: Record<string, Json> } };
      const schemas = Object.values(requestBody?.content ?? {}).map((m) => m.schema as Json | undefined);
      const bodiless = schemas.length > 0 && schemas.every((x) => !x || Object.keys(x).length === 0);
      // new-api's image proxy needs no key (it serves <img> tags).
      return {
        ...(bodiless ? rest : operation),
        responses,
        ...(path === '/mj/image/:id' ? { security: [] } : {}),
      };
    },
  );
}
