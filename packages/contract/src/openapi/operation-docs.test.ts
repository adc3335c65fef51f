import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { gatewayContract } from '../gateway-router';
import { PROFILE_OPENAPI_FILES, PROFILE_ROUTES, PROFILE_TARGETS } from '../profile-targets';
import { mockControlContract } from '../mock-control';
import { ShapeBErrorSchema } from '../schemas/errors';
import { OPENAPI_FILES } from './files';
import { applyOperationDocs } from './operation-docs';

type Json = Record<string, unknown>;
interface Op {
  operationId: string;
  tags: string[];
  summary?: string;
  description?: string;
  requestBody?: { description: string; content: Record<string, { examples?: Record<string, Json> }> };
  responses: Record<
    string,
    { description: string; content?: Record<string, { examples?: Record<string, Json> }> }
  >;
}

const operations = (doc: Json): Op[] =>
  Object.values(doc.paths as Record<string, Record<string, Op>>).flatMap((item) => Object.values(item));

const routes: Record<string, Record<string, { body?: unknown; responses: Record<number, unknown> }>> = {
  ...Object.fromEntries(PROFILE_TARGETS.map((t) => [PROFILE_OPENAPI_FILES[t], gatewayContract as never])),
  'mock-control.json': mockControlContract as never,
};

/** How many operations each document has: a profile's route set, the control API's 12. */
const OPERATION_COUNT: Record<string, number> = {
  ...Object.fromEntries(PROFILE_TARGETS.map((t) => [PROFILE_OPENAPI_FILES[t], PROFILE_ROUTES[t].length])),
  'mock-control.json': 12,
};

/** The key schemes of each document (NZ reads only mj-api-secret; TA the raw Authorization value). */
const SECURITY: Record<string, Json[]> = {
  'gateway.midjourney-proxy-nz.json': [{ mjApiSecret: [] }],
  'gateway.midjourney-proxy-ta.json': [{ rawAuthorization: [] }, { mjApiSecret: [] }],
};
/** Documents with whole-payload response examples (the profile documents carry request examples only). */
const WITH_RESPONSE_EXAMPLES = new Set(['gateway.json', 'mock-control.json']);

/** The zod schema of a route's response status (the 401 the control key check sends is shape B). */
function responseSchema(file: string, id: string, status: string): z.ZodType | undefined {
  const schema = routes[file]?.[id]?.responses[Number(status)];
  if (schema === undefined && status === '401') return ShapeBErrorSchema;
  return typeof (schema as z.ZodType | undefined)?.safeParse === 'function'
    ? (schema as z.ZodType)
    : undefined;
}

describe.each(Object.entries(OPENAPI_FILES))('%s documents every operation', (file, generate) => {
  const doc = generate() as Json;
  const ops = operations(doc);
  const tagNames = (doc.tags as { name: string; description: string }[]).map((t) => t.name);

  it('with one declared tag, a summary and a description', () => {
    expect(ops.length).toBeGreaterThanOrEqual(OPERATION_COUNT[file] ?? 12);
    for (const op of ops) {
      expect(op.tags, op.operationId).toHaveLength(1);
      expect(tagNames, op.operationId).toContain(op.tags[0]);
      expect(op.summary?.length ?? 0, op.operationId).toBeGreaterThan(3);
      expect(op.description?.length ?? 0, op.operationId).toBeGreaterThan(10);
    }
  });

  it('with a description per response status that says more than the number', () => {
    for (const op of ops) {
      for (const [status, res] of Object.entries(op.responses)) {
        expect(res.description, `${op.operationId} ${status}`).not.toMatch(/^\d{3}$/);
        expect(res.description.length, `${op.operationId} ${status}`).toBeGreaterThan(15);
      }
    }
  });

  it('with request examples the route’s body schema accepts', () => {
    for (const op of ops) {
      if (!op.requestBody) continue;
      const examples = Object.values(op.requestBody.content)[0]?.examples ?? {};
      const body = routes[file]?.[op.operationId]?.body as z.ZodType | undefined;
      if (op.operationId === 'reset' || op.operationId === 'clearOutcomes') continue; // empty bodies
      expect(Object.keys(examples).length, op.operationId).toBeGreaterThan(0);
      for (const [name, example] of Object.entries(examples))
        expect(body?.safeParse(example.value).success, `${op.operationId} ${name}`).toBe(true);
    }
  });

  it('with response examples that the status’s wire schema accepts', () => {
    let checked = 0;
    for (const op of ops) {
      for (const [status, res] of Object.entries(op.responses)) {
        const examples = Object.values(res.content ?? {})[0]?.examples ?? {};
        for (const [name, example] of Object.entries(examples)) {
          const schema = responseSchema(file, op.operationId, status);
          expect(schema, `${op.operationId} ${status}`).toBeDefined();
          expect(schema?.safeParse(example.value).success, `${op.operationId} ${status} ${name}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(WITH_RESPONSE_EXAMPLES.has(file) ? 10 : -1);
  });

  it('with its key security (Authorization: Bearer or mj-api-secret, as the profile reads keys)', () => {
    const expected = SECURITY[file] ?? [{ bearer: [] }, { mjApiSecret: [] }];
    expect(doc.security).toEqual(expected);
    const schemes = (doc.components as { securitySchemes: Record<string, Json> }).securitySchemes;
    expect(Object.keys(schemes).sort()).toEqual(expected.flatMap((s) => Object.keys(s)).sort());
    if (schemes.bearer) expect(schemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.mjApiSecret).toMatchObject({ type: 'apiKey', in: 'header', name: 'mj-api-secret' });
  });
});

describe('applyOperationDocs', () => {
  const operation = { responses: { 200: { description: '200' }, 400: { description: '400' } } };

  it('fails when a declared status has no description', () => {
    expect(() => applyOperationDocs(operation, { tag: 'T', responses: { 200: 'ok' } }, 'x')).toThrow(
      /x: statuses 200,400 declared, 200 described/,
    );
  });

  it('sets the tag and the descriptions', () => {
    const out = applyOperationDocs(operation, { tag: 'T', responses: { 200: 'ok', 400: 'bad' } }, 'x');
    expect(out).toEqual({
      tags: ['T'],
      responses: { 200: { description: 'ok' }, 400: { description: 'bad' } },
    });
  });
});
