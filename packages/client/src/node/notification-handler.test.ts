import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MjTask } from '../task';
import { createNotificationHandler } from './notification-handler';

describe('createNotificationHandler over real HTTP', () => {
  const got: MjTask[] = [];
  const server = createServer(createNotificationHandler((t) => void got.push(t), { maxBytes: 2000 }));
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));
  const post = (body: string, method = 'POST') =>
    fetch(url, {
      method,
      body: method === 'GET' ? undefined : body,
      headers: { 'content-type': 'application/json' },
    });

  it('delivers a valid task and answers 200', async () => {
    const res = await post(JSON.stringify({ id: 1748339029401828, status: 'SUCCESS', progress: '100%' }));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(got.at(-1)).toMatchObject({ id: '1748339029401828', status: 'SUCCESS' });
  });

  it.each([
    ['garbage', '{nope', 400],
    ['a non-task', '{"hello":1}', 400],
    ['an oversize body', JSON.stringify({ id: '1', prompt: 'x'.repeat(5000) }), 413],
  ])('rejects %s with %i and a JSON error', async (_name, body, status) => {
    const before = got.length;
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(await res.json()).toHaveProperty('error');
    expect(got.length).toBe(before);
  });

  it('answers other methods with 405', async () => {
    expect((await post('', 'GET')).status).toBe(405);
  });
});
