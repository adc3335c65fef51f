import { initContract } from '@ts-rest/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { c } from '../src/contract-builder';

describe('contract builder (ts-rest helpers without the run-time import)', () => {
  it('builds the same router objects as ts-rest’s own c.router', () => {
    const ts = initContract();
    const routes = {
      get: {
        method: 'GET',
        path: '/x/:id',
        pathParams: z.object({ id: z.string() }),
        responses: { 200: z.string() },
      },
      nested: {
        post: {
          method: 'POST',
          path: '/y',
          body: z.object({ a: z.int() }),
          responses: { 200: z.null() },
          strictStatusCodes: false,
        },
      },
    } as const;
    for (const options of [{ strictStatusCodes: true }, { pathPrefix: '/p' }, undefined]) {
      const ours = JSON.parse(JSON.stringify(c.router(routes, options)));
      const theirs = JSON.parse(JSON.stringify(ts.router(routes, options)));
      expect(ours).toEqual(theirs);
    }
    expect(c.otherResponse({ contentType: 'image/png', body: c.type<Blob>() })).toMatchObject({
      contentType: 'image/png',
    });
  });
});
