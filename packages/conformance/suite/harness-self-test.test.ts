import { beforeAll, describe, expect, it } from 'vitest';
import { type Target, target } from './target';

/**
 * Proves the Prism harness can fail (DESIGN.md §5): the mock is told to answer one imagine with a body
 * that breaks the contract, and Prism must flag it as a violation.
 */
let t: Target;
beforeAll(async () => {
  t = await target();
});

describe('harness self-test', () => {
  it('a non-conforming response through Prism is reported as a violation', async (ctx) => {
    // It adds a global outcome rule, so only when the suite owns the mock (exclusive).
    if (!t.viaPrism || !t.exclusive)
      t.skip(ctx, 'harness self-test: needs MJ_PRISM=1 and exclusive use of the mock');
    const rule = await t.control$('/__mock/outcomes', {
      outcome: 'http-error',
      status: 200,
      body: { unexpected: true },
      match: { route: 'imagine', promptContains: 'self-test' },
    });
    expect(rule.status).toBe(200);
    const res = await fetch(`${t.baseUrl}/mj/submit/imagine`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...t.authHeaders,
      },
      body: JSON.stringify({ prompt: 'harness self-test' }),
    });
    const body = await res.text();
    expect(res.status).toBe(500);
    expect(body).toContain('VIOLATIONS');
  });
});
