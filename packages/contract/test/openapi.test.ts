import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { SubmitResultWireSchema, TaskWireSchema } from '../src';
import { OPENAPI_FILES, type OpenApiDocument, serializeOpenApi } from '../src/openapi';

const committed = (file: string) => readFileSync(new URL(`../openapi/${file}`, import.meta.url), 'utf8');

type Json = Record<string, unknown>;

/** Every request-body and response schema of a document, with where it is. */
function operationSchemas(doc: OpenApiDocument): [string, Json][] {
  const found: [string, Json][] = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(item)) {
      const body = (op.requestBody as Json | undefined)?.content as
        | Record<string, { schema?: Json }>
        | undefined;
      for (const [type, media] of Object.entries(body ?? {}))
        found.push([`${method} ${path} body ${type}`, media.schema ?? {}]);
      for (const [status, res] of Object.entries((op.responses ?? {}) as Record<string, Json>)) {
        const content = res.content as Record<string, { schema?: Json }> | undefined;
        for (const [type, media] of Object.entries(content ?? {})) {
          if (type.startsWith('application/json'))
            found.push([`${method} ${path} ${status}`, media.schema ?? {}]);
        }
      }
    }
  }
  return found;
}

describe.each(Object.entries(OPENAPI_FILES))('OpenAPI %s', (file, generate) => {
  const doc = generate();

  it('matches the committed file (run `pnpm --filter @mjkit/contract openapi:write` after a contract change)', () => {
    expect(committed(file)).toBe(serializeOpenApi(doc));
  });

  it('has no empty body or response schema', () => {
    const schemas = (doc.components?.schemas ?? {}) as Record<string, Json>;
    const ops = operationSchemas(doc);
    expect(ops.length).toBeGreaterThan(10);
    for (const [where, schema] of ops) {
      const ref =
        typeof schema.$ref === 'string' ? schema.$ref.replace('#/components/schemas/', '') : undefined;
      const target = ref === undefined ? schema : schemas[ref];
      expect(target, `${where} → ${ref}`).toBeDefined();
      expect(Object.keys(target ?? {}).length, where).toBeGreaterThan(0);
    }
  });

  it('has no `nullable` without a `type` and no `enum: [null]` (Prism would silently skip validating such a response)', () => {
    const offenders: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (node === null || typeof node !== 'object') return;
      const obj = node as Json;
      if (obj.nullable === true && obj.type === undefined) offenders.push(path);
      if (Array.isArray(obj.enum) && obj.enum.includes(null)) offenders.push(`${path} (enum with null)`);
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}/${k}`);
    };
    walk(doc, '');
    expect(offenders).toEqual([]);
  });

  it('is a valid OpenAPI 3.0 document', async () => {
    const result = await new Validator().validate(JSON.parse(committed(file)));
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });
});

describe('gateway document', () => {
  const doc = OPENAPI_FILES['gateway.json']!();
  it('describes the gateway only, with the speed-mode prefixes as servers', () => {
    expect(Object.keys(doc.paths).every((p) => p.startsWith('/mj/'))).toBe(true);
    expect(doc.servers?.map((s) => s.url)).toEqual([
      'http://127.0.0.1:8080',
      'http://127.0.0.1:8080/mj-relax',
      'http://127.0.0.1:8080/mj-fast',
      'http://127.0.0.1:8080/mj-turbo',
    ]);
  });

  it('needs no key for the image route only', () => {
    const paths = doc.paths as Record<string, Record<string, Json>>;
    expect(paths['/mj/image/{id}']?.get?.security).toEqual([]);
    expect(paths['/mj/submit/imagine']?.post?.security).toBeUndefined();
    expect(doc.security).toEqual([{ bearer: [] }, { mjApiSecret: [] }]);
  });

  it('gives whole-payload examples that are valid themselves (Prism’s static mock serves them)', () => {
    const schemas = doc.components?.schemas as Record<string, { example?: unknown }>;
    expect(TaskWireSchema.parse(schemas.Task?.example)).toMatchObject({
      status: 'SUCCESS',
      progress: '100%',
    });
    expect(SubmitResultWireSchema.parse(schemas.SubmitResult?.example)).toMatchObject({ code: 1 });
    expect(JSON.stringify(doc)).not.toContain('9007199254740991');
  });

  it('carries the gateway doc descriptions and examples', () => {
    const text = JSON.stringify(doc);
    expect(text).toContain('Submit an Imagine task');
    expect(text).toContain('"example":"Cat"');
    expect(text).toContain('mj-api-secret');
  });
});
