import { GatewayBindSchema } from '@mjkit/contract';
import fc from 'fast-check';
import type { FuzzRoute } from './fuzz-routes';
import type { RawRequest } from './send-raw';
import { mutatedArbitrary, zodArbitrary } from './zod-arbitrary';

/** One generated request, named by the generator that made it. */
export interface FuzzCase extends RawRequest {
  kind: string;
  /** Set when today's code is known to fail this kind; names the issue item that fixes it. */
  pending?: string;
}

/** Why a kind is pending: fixed by the pipeline rewrite's pre-body stage (issue #11). */
export const PENDING_PRE_BODY = 'issue #12 items 1, 8, 17 (#11 pre-body stage)';
const JSON_TYPE = { 'content-type': 'application/json' };
const json = (kind: string, value: unknown, headers: Record<string, string> = JSON_TYPE) => ({
  kind,
  headers,
  body: JSON.stringify(value) ?? 'null',
});
const nested = (depth: number, open: string, close: string) => open.repeat(depth) + close.repeat(depth);
const fields = Object.keys(GatewayBindSchema.shape);

/** Raw garbage every route gets: wrong types, huge strings, invalid UTF-8, odd content types, nesting. */
function garbage(): fc.Arbitrary<Omit<FuzzCase, 'method' | 'path'>> {
  return fc.oneof(
    fc.jsonValue({ maxDepth: 4 }).map((v) => json('json-garbage', v)),
    fc
      .dictionary(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 6 })
      .map((v) => json('wrong-types', v)),
    fc
      .tuple(
        fc.constantFrom(...fields),
        fc.integer({ min: 64 * 1024, max: 256 * 1024 }),
        fc.constantFrom('x', ',a', 'é', '\u0000'),
      )
      .map(([field, n, unit]) => json('huge-string', { [field]: unit.repeat(Math.ceil(n / unit.length)) })),
    fc
      .tuple(fc.constantFrom(...fields), fc.uint8Array({ minLength: 1, maxLength: 64 }))
      .map(([field, bytes]) => ({
        kind: 'invalid-utf8',
        headers: JSON_TYPE,
        body: Buffer.concat([
          Buffer.from(`{"${field}":"`),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, ...bytes]),
          Buffer.from('"}'),
        ]),
      })),
    fc.tuple(fc.jsonValue({ maxDepth: 3 }), fc.nat()).map(([v, cut]) => {
      const text = JSON.stringify(v) ?? 'null';
      return { kind: 'truncated-json', headers: JSON_TYPE, body: text.slice(0, cut % (text.length + 1)) };
    }),
    fc.uint8Array({ maxLength: 512 }).map((b) => ({ kind: 'random-bytes', headers: JSON_TYPE, body: b })),
    fc
      .tuple(fc.integer({ min: 1, max: 200 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
      .map(([d, [o, c]]) => ({ kind: 'nesting', headers: JSON_TYPE, body: nested(d, o!, c!) })),
    fc
      .tuple(
        fc.constantFrom(
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
          'application/xml',
          '*/*',
          'application/json;charset=UTF-8',
          'application/json; charset=utf-8; foo=bar',
          'application/json; charset="utf-8"',
          'APPLICATION/JSON',
        ),
        fc.dictionary(fc.constantFrom(...fields), fc.string({ maxLength: 12 }), { maxKeys: 3 }),
      )
      .map(([type, v]) => json('odd-content-type', v, { 'content-type': type })),
    fc.constant({ kind: 'no-content-type', headers: {}, body: '{"prompt":"cat"}' }),
    fc
      .dictionary(fc.constantFrom('prompt', 'taskId'), fc.string({ maxLength: 12 }), { maxKeys: 2 })
      .map((v) => ({
        kind: 'utf-16',
        headers: { 'content-type': 'application/json; charset=utf-16le' },
        body: Buffer.from(JSON.stringify(v), 'utf16le'),
      })),
  );
}

/** Kinds today's code fails (a crash, a 500, a non-JSON 431): asserted only once #11 lands. */
function pendingGarbage(): fc.Arbitrary<Omit<FuzzCase, 'method' | 'path'> & { path?: string }> {
  return fc.oneof<fc.Arbitrary<Omit<FuzzCase, 'method' | 'path'> & { path?: string }>[]>(
    fc
      .tuple(fc.integer({ min: 2_500, max: 50_000 }), fc.constantFrom(['[', ']'], ['{"a":', '}']))
      .map(([d, [o, c]]) => ({
        kind: 'deep-nesting',
        headers: JSON_TYPE,
        body: nested(d, o!, c!),
        pending: PENDING_PRE_BODY,
      })),
    fc.constantFrom('latin1', 'iso-8859-1', 'us-ascii', 'windows-1252', 'koi8-r', 'bogus').map((cs) => ({
      ...json('odd-charset', { prompt: 'cat' }, { 'content-type': `application/json; charset=${cs}` }),
      pending: PENDING_PRE_BODY,
    })),
    fc.integer({ min: 17 * 1024, max: 64 * 1024 }).map((n) => ({
      kind: 'long-request-line',
      path: `/mj/task/${'9'.repeat(n)}/fetch`,
      headers: {},
      pending: PENDING_PRE_BODY,
    })),
  );
}

/** Options of {@link fuzzCases}. */
export interface FuzzCaseOptions {
  /** Domain strings mixed into string fields: real task ids, customIds, data URLs. */
  strings: fc.Arbitrary<string>;
  /** Include the kinds today's code is known to fail (default false). */
  pending?: boolean;
}

/** Requests for one route: valid, boundary and mutated bodies from its schema, plus garbage. */
export function fuzzCases(route: FuzzRoute, options: FuzzCaseOptions): fc.Arbitrary<FuzzCase> {
  const schema = route.body;
  const fromSchema = schema
    ? [
        zodArbitrary(schema, { strings: options.strings }).map((v) => json('valid', v)),
        zodArbitrary(schema, { mode: 'boundary', strings: options.strings, longString: 20_000 }).map((v) =>
          json('boundary', v),
        ),
        mutatedArbitrary(schema, { strings: options.strings }).map((v) => json('mutated', v)),
      ]
    : [fc.constant({ kind: 'valid', headers: {} as Record<string, string>, body: '' })];
  const method = fc.oneof(
    { arbitrary: fc.constant(route.method), weight: 6 },
    { arbitrary: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS', 'GET', 'POST'), weight: 1 },
  );
  const parts = [
    ...fromSchema.map((arbitrary) => ({ arbitrary, weight: 3 })),
    { arbitrary: garbage(), weight: 4 },
    ...(options.pending ? [{ arbitrary: pendingGarbage(), weight: 3 }] : []),
  ];
  const part: fc.Arbitrary<Omit<FuzzCase, 'method' | 'path'> & { path?: string }> = fc.oneof(...parts);
  return fc.tuple(part, route.path, method).map(([c, path, m]): FuzzCase => {
    // Item 14's control inputs (seeded `progress:"abc"`, clock `speed: 1e12`) are sent in every run:
    // the contract's control schemas refuse them with a 400.
    return { ...c, method: m, path: c.path ?? path };
  });
}
