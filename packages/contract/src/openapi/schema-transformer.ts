import type { SchemaTransformerSync } from '@ts-rest/open-api';
import { z } from 'zod';

/** Named schemas found while transforming, to be placed in `components.schemas`. */
export type ComponentSchemas = Map<string, Record<string, unknown>>;

/**
 * Converts zod 4 schemas for `@ts-rest/open-api`: its default transformer only knows zod 3 and would
 * emit empty `{}` schemas silently (TOOLCHAIN.md). Requests are described as input, responses as
 * output. Schemas named with `.meta({ id })` become `#/components/schemas/<id>` references and are
 * collected into `components`, so the document has readable named models.
 */
export function createZod4SchemaTransformer(components: ComponentSchemas): SchemaTransformerSync {
  return ({ schema, type }) => {
    if (!(schema instanceof z.ZodType)) return null;
    const json = z.toJSONSchema(schema, {
      target: 'openapi-3.0',
      io: type === 'response' ? 'output' : 'input',
      unrepresentable: 'any',
    }) as Record<string, unknown>;
    rewriteRefs(json);
    fixTypelessNullable(json);
    const defs = (json.definitions ?? json.$defs) as Record<string, Record<string, unknown>> | undefined;
    for (const [name, def] of Object.entries(defs ?? {})) {
      const key =
        type === 'body' && components.has(name) && !sameJson(components.get(name), def)
          ? `${name}Input`
          : name;
      components.set(key, def);
    }
    delete json.definitions;
    delete json.$defs;
    delete json.$schema;
    return json;
  };
}

/** Points `#/definitions/X` (and `#/$defs/X`) references at `#/components/schemas/X`, in place. */
function rewriteRefs(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) rewriteRefs(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (typeof obj.$ref === 'string')
    obj.$ref = obj.$ref.replace(/^#\/(definitions|\$defs)\//, '#/components/schemas/');
  for (const value of Object.values(obj)) rewriteRefs(value);
}

/**
 * `nullable: true` beside `anyOf` and no `type` (zod's output for `z.union([...]).nullish()`) is not
 * valid OpenAPI 3.0; Prism's validator then fails to compile the schema and silently skips response
 * validation. Moves `nullable` into each typed branch instead, in place.
 */
function fixTypelessNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) fixTypelessNullable(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  // zod renders a `null` branch as `{type: 'string', nullable: true, enum: [null]}`, which Prism's
  // validator cannot compile either: drop such branches and make the others nullable.
  const key = obj.anyOf ? 'anyOf' : obj.oneOf ? 'oneOf' : undefined;
  if (key) {
    const all = obj[key] as Record<string, unknown>[];
    const isNull = (b: Record<string, unknown>) =>
      Array.isArray(b.enum) && b.enum.length === 1 && b.enum[0] === null;
    if (all.some(isNull)) {
      obj[key] = all
        .filter((b) => !isNull(b))
        .map((b) => (b.type === undefined ? b : { ...b, nullable: true }));
      if (obj.type === undefined) obj.nullable = true;
    }
  }
  const branches = (obj.anyOf ?? obj.oneOf) as Record<string, unknown>[] | undefined;
  if (obj.nullable === true && obj.type === undefined && Array.isArray(branches)) {
    delete obj.nullable;
    for (const branch of branches) if (branch.type !== undefined) branch.nullable = true;
  }
  for (const value of Object.values(obj)) fixTypelessNullable(value);
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
