import { emittedGatewayContract, GatewayBindSchema } from '@mjkit/contract';
import { createServer } from 'node:http';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/engine/random';
import { testApp } from '../support/app';
import { pngDataUrl } from '../support/builders';

/**
 * Bad input never crashes (DESIGN.md §3): seeded random bodies, built from the gateway's field names
 * with values of every JSON type, hit every submit route. Each answer must be JSON, below 500, and
 * pass the contract's response validation (which turns a mismatch into a 500).
 */
describe('robustness: random bodies on every route', () => {
  const fields = Object.keys(GatewayBindSchema.shape);
  const routes = Object.values(emittedGatewayContract).filter((r) => r.method === 'POST');

  it.each([1, 2, 3])('seed %i: no 5xx, always JSON', async (seed) => {
    const { app, advance } = testApp({ config: { concurrency: 2, queueSize: 2 } });
    // One listener for all requests (supertest would open a server per request otherwise).
    const server = createServer(app).listen(0, '127.0.0.1');
    const http = () => request(server);
    const random = createRandom(seed);
    const png = await pngDataUrl();
    const grid = (await http().post('/mj/submit/imagine').send({ prompt: 'seed task' })).body
      .result as string;
    await advance(20_000);
    const button = (await http().get(`/mj/task/${grid}/fetch`)).body.buttons[0].customId as string;
    const values = [
      null,
      true,
      0,
      -1,
      1.5,
      2 ** 53,
      '',
      ' ',
      'x',
      '<string>',
      png,
      'data:image/png;base64,xxx',
      [],
      [png],
      ['x', 1],
      {},
      { a: 1 },
      grid,
      button,
      `${grid} U1`,
      'UPSCALE',
      'extend',
    ];
    const pick = <T>(list: readonly T[]) => list[random.int(0, list.length - 1)]!;
    for (let i = 0; i < 150; i++) {
      const route = pick(routes);
      const body: Record<string, unknown> = {};
      for (let n = random.int(0, 5); n > 0; n--) body[pick(fields)] = pick(values);
      const raw =
        random.next() < 0.1 ? pick(['[]', '"text"', '{', 'null', '123', '{"prompt":']) : JSON.stringify(body);
      const res = await http().post(route.path).set('content-type', 'application/json').send(raw);
      expect(res.status, `${route.path} ${raw}`).toBeLessThan(500);
      expect(res.headers['content-type'], `${route.path} ${raw}`).toMatch(/json/);
      if (i % 25 === 0) await advance(5_000);
    }
    const state = (await http().get('/__mock/state').expect(200)).body;
    expect(state.running).toBeLessThanOrEqual(2);
    server.close();
  });
});
