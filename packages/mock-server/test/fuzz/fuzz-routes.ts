import {
  gatewayContract,
  GatewayBindSchema,
  mockControlContract,
  SPEED_MODE_PREFIXES,
} from '@mjkit/contract';
import fc from 'fast-check';
import type { z } from 'zod';

/** One route under fuzzing: its method, a path arbitrary, and the request schema of its body. */
export interface FuzzRoute {
  name: string;
  method: string;
  path: fc.Arbitrary<string>;
  /** The contract's body schema (valid/boundary/mutated bodies come from it); absent for GET routes. */
  body?: z.ZodType;
}

/** Values for path parameters: real-looking ids, unknown ones, and hostile segments. */
export function idArbitrary(known: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom(...(known.length > 0 ? known : ['1712204995849323'])),
    fc.stringMatching(/^\d{1,20}$/),
    fc.constantFrom(
      '%2e%2e',
      '..%2f..%2fetc%2fpasswd',
      '%00',
      '%ff%fe',
      'x'.repeat(2000),
      '%E2%80%AE',
      '-1',
      'null',
    ),
    fc.string({ maxLength: 24 }).map(encodeURIComponent),
  );
}

const fill = (path: string, id: fc.Arbitrary<string>) =>
  path.includes(':') ? id.map((v) => path.replace(/:[A-Za-z]+/g, v)) : fc.constant(path);

/**
 * Every route of the gateway and control contracts, the speed-mode prefixes, the files under `/cdn`,
 * the documents, and routes that do not exist.
 */
export function fuzzRoutes(knownIds: readonly string[] = []): FuzzRoute[] {
  const id = idArbitrary(knownIds);
  const fromContract = (
    prefix: string,
    contract: Record<string, { method: string; path: string; body?: unknown }>,
  ) =>
    Object.entries(contract).map(([name, route]) => ({
      name: `${prefix}${name}`,
      method: route.method,
      path: fill(route.path, id),
      ...(route.body ? { body: route.body as z.ZodType } : {}),
    }));
  const prefixes = Object.values(SPEED_MODE_PREFIXES);
  return [
    ...fromContract('', gatewayContract as never),
    ...fromContract('control.', mockControlContract as never),
    {
      name: 'speed-prefix submit',
      method: 'POST',
      path: fc
        .tuple(fc.constantFrom(...prefixes), fc.constantFrom('imagine', 'shorten', 'blend', 'describe'))
        .map(([p, r]) => `${p}/mj/submit/${r}`),
      body: GatewayBindSchema,
    },
    {
      name: 'cdn attachment',
      method: 'GET',
      path: fc.tuple(id, id).map(([t, f]) => `/cdn/attachments/${t}/${f}`),
    },
    { name: 'cdn upload', method: 'GET', path: id.map((f) => `/cdn/uploads/${f}`) },
    {
      name: 'documents',
      method: 'GET',
      path: fc.constantFrom('/', '/docs', '/openapi.json', '/openapi/mock-control.json'),
    },
    {
      name: 'unknown route',
      method: 'POST',
      path: fc.oneof(
        fc.constantFrom('/mj/submit/nope', '/__mock/nope', '/mj', '//', '/mj/task//fetch'),
        id.map((v) => `/${v}`),
      ),
      body: GatewayBindSchema,
    },
  ];
}
