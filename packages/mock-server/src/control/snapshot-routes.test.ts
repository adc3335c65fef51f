import { describe, expect, it } from 'vitest';
import { createFetchHandler } from '../adapters/fetch-handler';
import { createMock } from '../mock/create-mock';

const put = (body: string) =>
  new Request('http://mock.test/__mock/snapshot', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body,
  });

describe('PUT /__mock/snapshot', () => {
  it('has its own size limit, above the API body limit', async () => {
    const mock = createMock({ clock: 'manual', config: { imageSize: 64 } });
    const handle = createFetchHandler(mock, { bodyLimit: 1_000, snapshotLimit: 100_000 });
    const list = (n: number, pad: number) =>
      JSON.stringify({
        tasks: Array.from({ length: n }, (_, i) => ({ prompt: `t${i} ${'x'.repeat(pad)}` })),
      });
    const small = list(10, 400); // ~4 kB: over the API limit, under the snapshot limit
    expect(small.length).toBeGreaterThan(1_000);
    const ok = await handle(put(small));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { counts: Record<string, number> }).counts.SUCCESS).toBe(10);
    const imagine = await handle(
      new Request('http://mock.test/mj/submit/imagine', { method: 'POST', body: small }),
    );
    expect(imagine.status).toBe(413);
    const big = await handle(put(list(300, 400)));
    expect(big.status).toBe(413);
    expect(mock.engine.stats().counts.SUCCESS).toBe(10);
  });

  it('refuses a bad document with every problem located, and keeps the state', async () => {
    const mock = createMock({ clock: 'manual', config: { imageSize: 64 } });
    mock.engine.seed({ prompt: 'kept' });
    const handle = createFetchHandler(mock);
    const res = await handle(put(JSON.stringify({ tasks: [{ status: 'DONE' }, { prmpt: 'x' }] })));
    expect(res.status).toBe(400);
    const { description } = (await res.json()) as { description: string };
    expect(description).toContain('tasks[0].status');
    expect(description).toContain('tasks[1].prmpt: unknown key');
    expect(mock.engine.stats().counts.SUCCESS).toBe(1);
    expect((await handle(put('[1]'))).status).toBe(400);
  });
});
