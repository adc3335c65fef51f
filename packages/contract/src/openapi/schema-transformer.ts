import { z } from 'zod';

/**
 * `@ts-rest/open-api`'s synchronous schema transformer, typed locally so the published declarations
 * do not reference ts-rest (its generator accepts this function as is).
 */
export type SchemaTransformerSync = (args: {
  schema: unknown;
  appRoute: unknown;
  id: string;
  concatenatedPath: string;
  type: 'body' | 'response' | 'query' | 'path' | 'header';
}) => Record<string, unknown> | null;

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
    dropSafeIntegerBounds(json);
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

type JsonObject = Record<string, unknown>;

/** Calls `visit` on every object inside a JSON value, parents before children (visit may edit in place). */
function eachObject(node: unknown, visit: (obj: JsonObject) => void): void {
  if (Array.isArray(node)) {
    for (const item of node) eachObject(item, visit);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  visit(node as JsonObject);
  for (const value of Object.values(node)) eachObject(value, visit);
}

/** Points `#/definitions/X` (and `#/$defs/X`) references at `#/components/schemas/X`, in place. */
function rewriteRefs(node: unknown): void {
  eachObject(node, (obj) => {
    if (typeof obj.$ref === 'string')
      obj.$ref = obj.$ref.replace(/^#\/(definitions|\$defs)\//, '#/components/schemas/');
  });
}

/**
 * zod bounds every `z.int()` by ±(2^53 − 1); in the document those bounds only make Prism's static mock
 * show -9007199254740991. Removes exactly those, in place.
 */
function dropSafeIntegerBounds(node: unknown): void {
  eachObject(node, (obj) => {
    if (obj.minimum === Number.MIN_SAFE_INTEGER) delete obj.minimum;
    if (obj.maximum === Number.MAX_SAFE_INTEGER) delete obj.maximum;
  });
}

const isNullBranch = (b: JsonObject) => Array.isArray(b.enum) && b.enum.length === 1 && b.enum[0] === null;

/**
 * Two zod renderings are not valid OpenAPI 3.0, and Prism's validator then fails to compile the schema
 * and silently skips validating the response: a `null` union branch (`{type:'string', nullable:true,
 * enum:[null]}`) and `nullable: true` beside `anyOf` with no `type` (`z.union([...]).nullish()`).
 * Both become typed branches marked `nullable`, in place.
 */
function fixTypelessNullable(node: unknown): void {
  eachObject(node, (obj) => {
    const key = obj.anyOf ? 'anyOf' : obj.oneOf ? 'oneOf' : undefined;
    if (!key) return;
    let branches = obj[key] as JsonObject[];
    if (branches.some(isNullBranch)) {
      branches = branches.filter((b) => !isNullBranch(b));
      obj[key] = branches;
      if (obj.type === undefined) obj.nullable = true;
    }
    if (obj.nullable === true && obj.type === undefined) {
      delete obj.nullable;
      obj[key] = branches.map((b) => (b.type === undefined ? b : { ...b, nullable: true }));
    }
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
