import fc from 'fast-check';
import type { z } from 'zod';

/**
 * A small zod 4 → fast-check mapper (zod-fast-check supports zod 3 only, TOOLCHAIN.md): enough for the
 * contract's request schemas — object (strict or loose), string (lengths, url), number (int, bounds),
 * boolean, enum, literal, array (lengths), optional, nullable, default, union, record, unknown.
 * Anything else maps to `fc.anything()` in valid mode, so a new schema kind degrades, never throws.
 */

/** How values are chosen. */
export type ArbitraryMode =
  /** Any value the schema accepts. */
  | 'valid'
  /** Values the schema accepts, at its edges: empty/longest strings, min/max numbers, min/max arrays. */
  | 'boundary';

/** Options of {@link zodArbitrary}. */
export interface ZodArbitraryOptions {
  mode?: ArbitraryMode;
  /** Strings to use for unconstrained string fields (e.g. real task ids and data URLs); mixed with random ones. */
  strings?: fc.Arbitrary<string>;
  /** Longest random string for unbounded strings (default 64; boundary mode uses `longString`). */
  maxStringLength?: number;
  /** Length of the "longest" string boundary mode sends to unbounded strings (default 10 000). */
  longString?: number;
}

// Zod's internal definition, read structurally (zod 4 keeps it at `schema._zod.def`).
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  catchall?: z.ZodType;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  format?: string;
  checks?: { _zod: { def: { check: string; minimum?: number; maximum?: number } } }[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** Minimum and maximum length from `min_length`/`max_length` checks (strings and arrays). */
function lengths(schema: z.ZodType): { min: number; max: number | undefined } {
  let min = 0;
  let max: number | undefined;
  for (const c of defOf(schema).checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'min_length' && d.minimum !== undefined) min = d.minimum;
    if (d.check === 'max_length' && d.maximum !== undefined) max = d.maximum;
    if (d.check === 'length_equals') min = max = (d as { length?: number }).length ?? min;
  }
  return { min, max };
}

/** The pattern of a `.regex()` string (a `string_format` check with a `pattern`). */
function patternOf(schema: z.ZodType): RegExp | undefined {
  for (const c of defOf(schema).checks ?? []) {
    const d = c._zod.def as { check: string; pattern?: RegExp };
    if (d.check === 'string_format' && d.pattern instanceof RegExp) return d.pattern;
  }
  return undefined;
}

/**
 * The fast-check arbitrary of values a zod 4 schema accepts (`valid`) or accepts at its edges
 * (`boundary`). Deterministic under fast-check's seed.
 * @example fc.sample(zodArbitrary(ImagineRequestSchema), 3)
 */
export function zodArbitrary(schema: z.ZodType, options: ZodArbitraryOptions = {}): fc.Arbitrary<unknown> {
  const mode = options.mode ?? 'valid';
  const maxLength = options.maxStringLength ?? 64;
  const long = options.longString ?? 10_000;
  const edge = mode === 'boundary';
  const def = defOf(schema);
  const recur = (s: z.ZodType) => zodArbitrary(s, options);
  switch (def.type) {
    case 'string': {
      if (def.format === 'url') return fc.webUrl();
      const pattern = patternOf(schema);
      if (pattern) return fc.stringMatching(pattern).filter((v) => schema.safeParse(v).success);
      if (def.format) return fc.string().filter((v) => schema.safeParse(v).success);
      const { min, max } = lengths(schema);
      const cap = max ?? (edge ? long : maxLength);
      if (edge)
        return fc
          .constantFrom(min, cap)
          .chain((n) => fc.string({ minLength: n, maxLength: n, unit: 'grapheme-ascii' }));
      const random = fc.string({ minLength: min, maxLength: Math.max(min, Math.min(cap, maxLength)) });
      if (!options.strings || min > 0 || max !== undefined) return random;
      return fc.oneof(random, options.strings);
    }
    case 'number': {
      const n = schema as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      // zod reports open ends as ±Infinity (or null); exclusive bounds are nudged inwards below.
      const finite = (v: number | null, fallback: number) =>
        v !== null && Number.isFinite(v) ? v : fallback;
      const lo = finite(n.minValue, n.isInt ? Number.MIN_SAFE_INTEGER : -1e9);
      const hi = finite(n.maxValue, n.isInt ? Number.MAX_SAFE_INTEGER : 1e9);
      if (n.isInt) {
        const [a, b] = [Math.ceil(lo), Math.floor(hi)];
        const ends = [a, a + 1, b - 1, b].filter((v) => schema.safeParse(v).success);
        return edge ? fc.constantFrom(...ends) : fc.integer({ min: ends[0]!, max: ends.at(-1)! });
      }
      const step = Math.max(Number.EPSILON, (hi - lo) * 1e-9);
      const ends = [lo, lo + step, hi - step, hi].filter((v) => schema.safeParse(v).success);
      if (edge) return fc.constantFrom(...ends);
      return fc.double({ min: ends[0]!, max: ends.at(-1)!, noNaN: true, noDefaultInfinity: true });
    }
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'literal':
      return fc.constantFrom(...(def.values ?? []));
    case 'null':
      return fc.constant(null);
    case 'optional':
      return fc.option(recur(def.innerType!), { nil: undefined, freq: edge ? 2 : 4 });
    case 'nullable':
      return fc.option(recur(def.innerType!), { nil: null, freq: edge ? 2 : 4 });
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return fc.option(recur(def.innerType!), { nil: undefined });
    case 'union':
      return fc.oneof(...(def.options ?? []).map(recur));
    case 'array': {
      const { min, max } = lengths(schema);
      const cap = max ?? (edge ? 8 : 4);
      const element = recur(def.element!);
      return edge
        ? fc.constantFrom(min, cap).chain((n) => fc.array(element, { minLength: n, maxLength: n }))
        : fc.array(element, { minLength: min, maxLength: Math.max(min, cap) });
    }
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 12 }), recur(def.valueType!), { maxKeys: 4 });
    case 'object': {
      const shape = def.shape ?? {};
      const required = Object.keys(shape).filter((k) => !isOptional(shape[k]!));
      const record = fc.record(
        Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, recur(s)])) as Record<
          string,
          fc.Arbitrary<unknown>
        >,
        { requiredKeys: required },
      );
      return record.map((value) => dropUndefined(value as Record<string, unknown>));
    }
    default:
      // unknown, any and kinds this mapper does not know: any JSON-ish value.
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Whether an object field may be left out. */
function isOptional(schema: z.ZodType): boolean {
  const type = defOf(schema).type;
  return (
    type === 'optional' || type === 'default' || type === 'prefault' || type === 'unknown' || type === 'any'
  );
}

/** JSON has no `undefined`: a key set to undefined is a key left out. */
function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

/** A JSON value of a different JSON type than `value` (string ↔ number ↔ boolean ↔ null ↔ array ↔ object). */
export function wrongTypeArbitrary(value: unknown): fc.Arbitrary<unknown> {
  const kinds: [string, fc.Arbitrary<unknown>][] = [
    ['string', fc.string({ maxLength: 16 })],
    ['number', fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))],
    ['boolean', fc.boolean()],
    ['null', fc.constant(null)],
    ['array', fc.array(fc.jsonValue({ maxDepth: 1 }), { maxLength: 3 })],
    ['object', fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })],
  ];
  const own = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return fc.oneof(...kinds.filter(([k]) => k !== own).map(([, a]) => a));
}

/** One change that makes a valid object body (probably) invalid. */
export type Mutation = 'wrong-type' | 'drop-field' | 'extra-field' | 'not-an-object';

/**
 * Bodies from `schema` with one mutation: a field of the wrong JSON type, a field dropped (required
 * ones included), an unknown field added, or the whole body replaced by a non-object.
 */
export function mutatedArbitrary(
  schema: z.ZodType,
  options: ZodArbitraryOptions & { mutations?: readonly Mutation[] } = {},
): fc.Arbitrary<unknown> {
  const mutations = options.mutations ?? ['wrong-type', 'drop-field', 'extra-field', 'not-an-object'];
  return fc
    .tuple(zodArbitrary(schema, options), fc.constantFrom(...mutations), fc.nat())
    .chain(([value, mutation, pick]) => {
      if (mutation === 'not-an-object' || typeof value !== 'object' || value === null || Array.isArray(value))
        return wrongTypeArbitrary(value);
      const body = value as Record<string, unknown>;
      const keys = Object.keys(body);
      if (mutation === 'extra-field' || keys.length === 0)
        return fc
          .tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 }))
          .map(([k, v]) => ({ ...body, [k]: v }));
      const key = keys[pick % keys.length]!;
      if (mutation === 'drop-field') {
        const { [key]: _dropped, ...rest } = body;
        return fc.constant(rest);
      }
      return wrongTypeArbitrary(body[key]).map((v) => ({ ...body, [key]: v }));
    });
}
