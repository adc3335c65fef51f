import { afterEach, describe, expect, it } from 'vitest';
import { createMjClient, MjValidationError, submitAndWait } from '../src';
import { validateResponse } from '../src/validate';
import { mockAndClient } from './support';

const answering = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

let stop: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const s of stop) await s();
  stop = [];
});

describe('opt-in validation (@mjkit/client/validate)', () => {
  it('passes every answer of a real imagine flow against the mock', async () => {
    const { server, client } = await mockAndClient({ validate: validateResponse });
    stop.push(() => server.close());
    const done = await submitAndWait(client, 'imagine', { prompt: 'a validated lighthouse' });
    expect(done.kind).toBe('success');
    await expect(client.imagine({ prompt: '' })).rejects.toMatchObject({ localError: 'prompt_is_required' });
  });

  it('turns a body the contract forbids into MjValidationError; without validate it is read as is', async () => {
    const broken = { id: '1748339029401828', status: 'DONE', progress: 100 };
    const strict = createMjClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch: answering(200, broken),
      validate: validateResponse,
    });
    const error = await strict.fetchTask('1748339029401828').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MjValidationError);
    expect(error).toMatchObject({ code: 'invalid_response', route: 'fetchTask', status: 200, body: broken });
    expect((error as MjValidationError).issues).toMatch(/status: .*progress: /);
    const lenient = createMjClient({ baseUrl: 'http://127.0.0.1:1', fetch: answering(200, broken) });
    expect((await lenient.fetchTask('1748339029401828')).status).toBe('DONE');
  });

  it('checks declared statuses only, and accepts what a tolerant reader must', () => {
    expect(validateResponse('fetchTask', 200, { id: 17, status: '', properties: null, extra: 1 })).toEqual({
      ok: true,
    });
    expect(validateResponse('imagine', 418, 'teapot')).toEqual({ ok: true });
    expect(validateResponse('imagine', 200, { description: 'no code' })).toMatchObject({ ok: false });
    expect(validateResponse('image', 200, new Blob([]))).toEqual({ ok: true });
  });
});
