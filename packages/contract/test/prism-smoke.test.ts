import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PRISM_READY_TIMEOUT_MS, type PrismProcess, startPrism, startStub } from './helpers/prism';

const gatewayDoc = fileURLToPath(new URL('../openapi/gateway.json', import.meta.url));

/**
 * Prism, as a validating proxy in front of a stub, accepts a valid request and its valid answer,
 * and flags an answer that breaks the committed document: so the document is usable for contract tests.
 */
describe('prism proxy --errors with the committed gateway document', () => {
  let prism: PrismProcess;
  let stub: Awaited<ReturnType<typeof startStub>>;

  beforeAll(async () => {
    stub = await startStub((path) =>
      path.includes('broken')
        ? { status: 200, body: { id: 42, status: 'WHATEVER' } }
        : {
            status: 200,
            body: { code: 1, description: 'Submit success', result: '1712158011464906', properties: {} },
          },
    );
    prism = await startPrism(['proxy', gatewayDoc, stub.url, '--errors']);
  }, PRISM_READY_TIMEOUT_MS + 10_000);

  afterAll(async () => {
    await prism?.stop();
    stub?.server.close();
  });

  it('passes a valid imagine request and its response without violations', async () => {
    const res = await fetch(`${prism.url}/mj/submit/imagine`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify({ prompt: 'Cat', mode: 'RELAX' }),
    });
    const body = await res.json();
    expect(res.status).toBe(200);
    expect(body).toMatchObject({ code: 1, result: '1712158011464906' });
    expect(prism.log()).not.toMatch(/VIOLATIONS|✖/);
  });

  it('answers an invalid request itself with 422', async () => {
    const res = await fetch(`${prism.url}/mj/submit/imagine`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer sk-test' },
      body: JSON.stringify({ prompt: 1 }),
    });
    expect(res.status).toBe(422);
  });

  it('flags a response that breaks the document', async () => {
    const res = await fetch(`${prism.url}/mj/task/broken/fetch`, {
      headers: { authorization: 'Bearer sk-test' },
    });
    expect(res.status).toBe(500);
    expect(await res.text()).toContain('VIOLATIONS');
  });
});
