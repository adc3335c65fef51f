import {
  ActionRequestSchema,
  BlendRequestSchema,
  ChangeRequestSchema,
  GatewayBindSchema,
  ImagineRequestSchema,
  ListByConditionRequestSchema,
  mockControlContract,
  VideoRequestSchema,
} from '@mjkit/contract';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { mutatedArbitrary, wrongTypeArbitrary, zodArbitrary } from './zod-arbitrary';

const requestSchemas = {
  ImagineRequestSchema,
  BlendRequestSchema,
  ChangeRequestSchema,
  ActionRequestSchema,
  VideoRequestSchema,
  ListByConditionRequestSchema,
  GatewayBindSchema,
  ...Object.fromEntries(
    Object.entries(mockControlContract).flatMap(([name, route]) =>
      'body' in route && route.body ? [[`control.${name}`, route.body as z.ZodType]] : [],
    ),
  ),
};

describe('zod → fast-check mapper', () => {
  it.each(Object.entries(requestSchemas))('%s: every valid and boundary value parses', (_name, schema) => {
    for (const mode of ['valid', 'boundary'] as const) {
      fc.assert(
        fc.property(zodArbitrary(schema as z.ZodType, { mode, longString: 300 }), (value) => {
          expect((schema as z.ZodType).safeParse(value).success, JSON.stringify(value)).toBe(true);
        }),
        { numRuns: 150, seed: 7 },
      );
    }
  });

  it('honours bounds: ints, number ranges, string and array lengths, enums, literals', () => {
    const schema = z.object({
      index: z.int().min(1).max(4),
      ms: z.number().min(0).max(10),
      state: z.string().min(2).max(5),
      list: z.array(z.string()).min(1).max(2),
      action: z.enum(['UPSCALE', 'VARIATION']),
      kind: z.literal('x'),
      url: z.url(),
      either: z.union([z.boolean(), z.null()]),
      counts: z.record(z.string(), z.int().min(0)),
    });
    const values = fc.sample(zodArbitrary(schema), { numRuns: 200, seed: 3 }) as z.infer<typeof schema>[];
    for (const v of values) expect(schema.safeParse(v).success, JSON.stringify(v)).toBe(true);
    expect(new Set(values.map((v) => v.index))).toEqual(new Set([1, 2, 3, 4]));
    const edges = fc.sample(zodArbitrary(schema, { mode: 'boundary' }), { numRuns: 100, seed: 3 }) as z.infer<
      typeof schema
    >[];
    expect(new Set(edges.map((v) => v.state.length))).toEqual(new Set([2, 5]));
    const ms = new Set(edges.map((v) => v.ms));
    expect(ms.has(0) && ms.has(10)).toBe(true);
    for (const v of ms) expect(v >= 0 && v <= 10).toBe(true);
    expect(new Set(edges.map((v) => v.list.length))).toEqual(new Set([1, 2]));
  });

  it('sends long strings to unbounded string fields in boundary mode and mixes in given strings', () => {
    const schema = z.object({ prompt: z.string() });
    const edges = fc.sample(zodArbitrary(schema, { mode: 'boundary', longString: 5000 }), {
      numRuns: 50,
      seed: 1,
    });
    expect(Math.max(...edges.map((v) => (v as { prompt: string }).prompt.length))).toBe(5000);
    const mixed = fc.sample(zodArbitrary(schema, { strings: fc.constant('TASK-ID') }), {
      numRuns: 200,
      seed: 1,
    });
    expect(mixed.some((v) => (v as { prompt: string }).prompt === 'TASK-ID')).toBe(true);
  });

  it('mutations make a strictly typed body invalid', () => {
    const schema = z.object({ taskId: z.string(), index: z.int(), loop: z.boolean() });
    for (const mutation of ['wrong-type', 'drop-field', 'not-an-object'] as const) {
      const values = fc.sample(mutatedArbitrary(schema, { mutations: [mutation] }), {
        numRuns: 100,
        seed: 5,
      });
      for (const v of values)
        expect(schema.safeParse(v).success, `${mutation}: ${JSON.stringify(v)}`).toBe(false);
    }
    const extra = fc.sample(
      mutatedArbitrary(z.strictObject({ a: z.string() }), { mutations: ['extra-field'] }),
      {
        numRuns: 50,
        seed: 5,
      },
    );
    for (const v of extra) expect(Object.keys(v as object).length).toBe(2);
  });

  it('a wrong-type value never has the JSON type it replaces', () => {
    const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
    for (const original of ['s', 1, true, null, [], {}]) {
      for (const v of fc.sample(wrongTypeArbitrary(original), { numRuns: 50, seed: 2 }))
        expect(typeOf(v)).not.toBe(typeOf(original));
    }
  });
});
