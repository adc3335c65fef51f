import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RawAnswer, type RawRequest, viaExpress, viaFetch } from './both-adapters';

/**
 * The express and fetch adapters answer identically (issue #11): path case, HEAD, encoded path
 * params, bodies without a JSON content type; and the pre-body hardening of issue #12.
 */
let express: Awaited<ReturnType<typeof viaExpress>>;
let fetchh: ReturnType<typeof viaFetch>;
beforeAll(async () => {
  express = await viaExpress({ config: { imageSize: 64, keys: ['sk-good'] }, bodyLimit: '64kb' });
  fetchh = viaFetch({ config: { imageSize: 64, keys: ['sk-good'] } }, { bodyLimit: '64kb' });
});
afterAll(() => express.close());

const auth = { authorization: 'Bearer sk-good' };
const both = async (r: RawRequest): Promise<[RawAnswer, RawAnswer]> => [
  await express.send(r),
  await fetchh.send(r),
];
const json = (a: RawAnswer) => (a.text ? JSON.parse(a.text) : undefined);

describe('both adapters answer the same', () => {
  it('matches paths case-insensitively, as express does', async () => {
    const [e, f] = await both({ method: 'GET', path: '/MJ/TASK/123/FETCH', headers: auth });
    expect(e.status).toBe(400);
    expect([f.status, json(f)]).toEqual([e.status, json(e)]);
    expect(json(e).description).toBe('task_not_found');
  });

  it('answers HEAD like GET, without a body', async () => {
    const [e, f] = await both({ method: 'HEAD', path: '/', headers: auth });
    expect(e.status).toBe(200);
    expect(f.status).toBe(200);
    expect([e.text, f.text]).toEqual(['', '']);
    expect(f.headers['content-type']).toBe(e.headers['content-type']);
  });

  it('decodes encoded path params (an encoded id is the same id)', async () => {
    const seeded = await express.send({
      method: 'POST',
      path: '/__mock/tasks',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    const id = json(seeded).id as string;
    const encoded = `/mj/task/${id
      .split('')
      .map((c) => `%${c.charCodeAt(0).toString(16)}`)
      .join('')}/fetch`;
    const e = await express.send({ method: 'GET', path: encoded, headers: auth });
    expect([e.status, json(e).id]).toEqual([200, id]);
    const fSeed = await fetchh.send({
      method: 'POST',
      path: '/__mock/tasks',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{}',
    });
    const fid = json(fSeed).id as string;
    const f = await fetchh.send({
      method: 'GET',
      path: encoded.replace(
        /\/task\/[^/]+/,
        `/task/${encodeURIComponent(fid).replace(/\d/g, (d) => `%3${d}`)}`,
      ),
      headers: auth,
    });
    expect([f.status, json(f).id]).toEqual([200, fid]);
  });

  it('parses bodies without a JSON content type as JSON', async () => {
    const r = {
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { ...auth, 'content-type': 'text/plain' },
      body: '{"prompt":"a cat"}',
    };
    const [e, f] = await both(r);
    expect(json(e).code).toBe(1);
    expect(json(f).code).toBe(1);
  });

  it('refuses a JSON body nested 2 250 deep with a JSON 400, and keeps serving (#12.1)', async () => {
    const deep = `${'['.repeat(2250)}${']'.repeat(2250)}`;
    const [e, f] = await both({ method: 'POST', path: '/mj/submit/imagine', headers: auth, body: deep });
    expect([e.status, f.status]).toEqual([400, 400]);
    expect(json(e)).toEqual(json(f));
    expect(json(e).description).toMatch(/nested deeper/);
    const unknown = await both({ method: 'POST', path: '/nothing', body: deep });
    expect(unknown.map((a) => a.status)).toEqual([404, 404]);
    expect((await express.send({ method: 'GET', path: '/' })).status).toBe(200);
  });

  it('answers a wrong key 401 before reading the body (#12.6)', async () => {
    // Declares 3 kB and sends none: only an answer given before reading can arrive.
    const e = await express
      .send({
        method: 'POST',
        path: '/mj/submit/imagine',
        headers: { authorization: 'Bearer sk-bad', 'content-length': '3000' },
      })
      .catch(() => undefined);
    expect(e?.status).toBe(401);
    const f = await fetchh.send({
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { authorization: 'Bearer sk-bad' },
      body: '{}',
    });
    expect(f.status).toBe(401);
    expect(json(f)).toEqual(json(e!));
  });

  it('refuses a declared over-limit body at once, and a chunked one at the limit, with a JSON 413 (#12.7)', async () => {
    const declared = await express.send({
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { ...auth, 'content-length': '1000000' },
    });
    expect(declared.status).toBe(413);
    expect(json(declared).description).toBe('request_body_too_large');
    const chunked = await express.send({
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { ...auth, 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ prompt: 'x'.repeat(200_000) }),
    });
    expect(chunked.status).toBe(413);
    expect(express.server.server.headersTimeout).toBe(10_000);
    expect(express.server.server.requestTimeout).toBe(60_000);
  });

  it('answers a non-UTF-8 charset with a JSON 415, never a 500 (#12.8)', async () => {
    const [e, f] = await both({
      method: 'POST',
      path: '/mj/submit/imagine',
      headers: { ...auth, 'content-type': 'application/json; charset=latin1' },
      body: '{"prompt":"x"}',
    });
    expect([e.status, f.status]).toEqual([415, 415]);
    expect(json(e)).toEqual(json(f));
  });

  it('sends X-Content-Type-Options: nosniff on every answer (#16)', async () => {
    for (const path of ['/', '/nothing', '/mj/task/1/fetch']) {
      const [e, f] = await both({ method: 'GET', path });
      expect(e.headers['x-content-type-options']).toBe('nosniff');
      expect(f.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('answers Node’s own 431 as JSON (#17)', async () => {
    const e = await express.send({ method: 'GET', path: `/mj/task/${'1'.repeat(20_000)}/fetch` });
    expect(e.status).toBe(431);
    expect(json(e)).toMatchObject({ code: 4, description: 'request_header_fields_too_large' });
  });

  it('refuses PATCH /__mock/config with a profile that does not exist', async () => {
    const r = {
      method: 'PATCH',
      path: '/__mock/config',
      headers: { ...auth, 'content-type': 'application/json' },
      body: '{"profile":"one-api"}',
    };
    const [e, f] = await both(r);
    expect([e.status, f.status]).toEqual([400, 400]);
    expect(json(e).description).toMatch(/profile/);
    expect(json(await express.send({ method: 'GET', path: '/__mock/config', headers: auth })).profile).toBe(
      json(e) && 'doc',
    );
  });
});

describe('--no-control', () => {
  it('serves neither /__mock/* nor the control OpenAPI file (#17)', async () => {
    const off = await viaExpress({ control: false });
    try {
      expect((await off.send({ method: 'GET', path: '/openapi/mock-control.json' })).status).toBe(404);
      expect((await off.send({ method: 'GET', path: '/__mock/state' })).status).toBe(404);
      expect((await off.send({ method: 'GET', path: '/openapi.json' })).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});
