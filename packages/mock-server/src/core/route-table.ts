import { emittedGatewayContract, mockControlContract } from '@mjkit/contract';
import type { RouteMatch } from './route-match';

interface Compiled {
  method: string;
  pattern: RegExp;
  keys: string[];
  make: (params: Record<string, string>) => RouteMatch;
}

const compile = (method: string, path: string, make: Compiled['make']): Compiled => {
  const keys: string[] = [];
  const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:([A-Za-z]+)/g, (_m, key: string) => {
    keys.push(key);
    return '([^/]+)';
  });
  // Case-insensitive and a trailing slash allowed, as express routes match (both adapters agree).
  return { method, pattern: new RegExp(`^${source}/?$`, 'i'), keys, make };
};

/** Every route the mock serves, from the contract's route tables plus files and documents. */
const TABLE: Compiled[] = [
  ...Object.entries(emittedGatewayContract).map(([name, r]) =>
    compile(r.method, r.path, (params) => ({ area: 'gateway', name: name as never, params })),
  ),
  ...Object.entries(mockControlContract).map(([name, r]) =>
    compile(r.method, r.path, (params) => ({ area: 'control', name: name as never, params })),
  ),
  compile('GET', '/cdn/attachments/:taskId/:file', (params) => ({ area: 'file', name: 'taskFile', params })),
  compile('GET', '/cdn/uploads/:file', (params) => ({ area: 'file', name: 'upload', params })),
  compile('GET', '/', (params) => ({ area: 'meta', name: 'root', params })),
  compile('GET', '/docs', (params) => ({ area: 'meta', name: 'docs', params })),
  compile('GET', '/openapi.json', (params) => ({ area: 'meta', name: 'openapi', params })),
  compile('GET', '/openapi/mock-control.json', (params) => ({
    area: 'meta',
    name: 'openapiControl',
    params,
  })),
];

/** Why a path matched no route. */
export type NoMatch = { error: 'not-found' } | { error: 'bad-encoding' };

/**
 * Classifies a request once (issue #11: one route match per request). `path` is the raw, encoded
 * path after the profile's rewrite; params come back percent-decoded (as express decodes them).
 * HEAD matches GET routes.
 */
export function classify(method: string, path: string): RouteMatch | NoMatch {
  const m = method === 'HEAD' ? 'GET' : method;
  for (const route of TABLE) {
    if (route.method !== m) continue;
    const found = route.pattern.exec(path);
    if (!found) continue;
    const params: Record<string, string> = {};
    try {
      route.keys.forEach((key, i) => {
        params[key] = decodeURIComponent(found[i + 1]!);
      });
    } catch {
      return { error: 'bad-encoding' };
    }
    return route.make(params);
  }
  return { error: 'not-found' };
}
