import { MockControlError } from '@mjkit/client/control';
import { describe, expect, it } from 'vitest';
import { createControlApi } from './control-api';

const answer =
  (status: number, body: string, type = 'application/json'): typeof fetch =>
  async () =>
    new Response(body, { status, headers: { 'content-type': type } });

const api = (f: typeof fetch) => createControlApi({ baseUrl: 'http://h:1/', apiKey: 'k', fetch: f });
const STATE = '{"clock":{"mode":"manual","now":1,"speed":1},"config":{"profile":"doc"}}';

describe('control API', () => {
  it('reads the state, sending the key to the right URL', async () => {
    const seen: string[] = [];
    const f: typeof fetch = async (input, init) => {
      seen.push(`${init?.method} ${input} ${new Headers(init?.headers).get('authorization')}`);
      return new Response(STATE, { headers: { 'content-type': 'application/json' } });
    };
    expect(await api(f).probe()).toMatchObject({ clock: { mode: 'manual' } });
    await api(f).advance(5_000);
    expect(seen).toEqual([
      'GET http://h:1/__mock/state Bearer k',
      'POST http://h:1/__mock/clock/advance Bearer k',
    ]);
  });

  it('reports "no control API" for a 404, a non-JSON page, an unrelated JSON or no answer', async () => {
    expect(await api(answer(404, '{"code":4,"description":"route_not_found"}')).probe()).toBeNull();
    expect(await api(answer(200, '<html></html>', 'text/html')).probe()).toBeNull();
    expect(await api(answer(200, '{"hello":1}')).probe()).toBeNull();
    const down: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect(await api(down).probe()).toBeNull();
  });

  it('tells a refused key apart from a missing control API', async () => {
    await expect(api(answer(401, '{"description":"invalid_api_key"}')).probe()).rejects.toBeInstanceOf(
      MockControlError,
    );
    await expect(api(answer(400, '{"description":"bad ms"}')).advance(-1)).rejects.toThrow(
      'HTTP 400: bad ms',
    );
  });
});
