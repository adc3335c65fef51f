/**
 * The node:http handler `mjkit-mock` listens with (issue #16): the same answers as the express app
 * that mounts it, a JSON 500 when a step throws, and no express on the server's import path (start time).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/adapters/express-app';
import { createNodeHandler } from '../../src/adapters/node-handler';
import { createMock } from '../../src/mock/create-mock';

const seedAndFetch = async (target: Parameters<typeof request>[0]) => {
  const seeded = await request(target).post('/__mock/tasks').send({ prompt: 'a lighthouse --v 7' });
  expect(seeded.status).toBe(200);
  return request(target).get(`/mj/task/${seeded.body.id}/fetch`).set('Host', 'mock.test');
};

describe('createNodeHandler', () => {
  it('answers byte for byte as the express app (same seed, same requests)', async () => {
    const server = createServer(createNodeHandler(createMock({ clock: 'manual', seed: 7 })));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const viaNode = await seedAndFetch(`http://127.0.0.1:${port}`);
      const viaExpress = await seedAndFetch(createApp(createMock({ clock: 'manual', seed: 7 })));
      expect(viaNode.status).toBe(200);
      expect(viaNode.text).toBe(viaExpress.text);
      expect(viaNode.text).toContain('"imageUrl":"http://mock.test/cdn/attachments/');
      for (const h of [
        'content-type',
        'content-length',
        'access-control-allow-origin',
        'x-content-type-options',
      ])
        expect(viaNode.headers[h], h).toBe(viaExpress.headers[h]);
    } finally {
      server.close();
    }
  });

  it('answers a throw before the handler steps (pre-body) with a JSON 500 and reports it', async () => {
    const mock = createMock({ clock: 'manual' });
    const errors: unknown[] = [];
    mock.profile = () => {
      throw new Error('boom');
    };
    const res = await request(createApp(mock, { onError: (e) => errors.push(e) })).get('/mj/task/1/fetch');
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ description: 'internal_error', type: 'upstream_error' });
    expect(res.headers.connection).toBe('close');
    expect(String(errors[0])).toContain('boom');
  });

  it('keeps express off the import path of startMockServer (cold start, docs/benchmarks.md)', () => {
    for (const file of ['../../src/adapters/node-handler.ts', '../../src/node/start-mock-server.ts']) {
      const text = readFileSync(new URL(file, import.meta.url), 'utf8');
      expect(text, file).not.toMatch(/^import (?!type)[^;]*from '(express|\.\.\/adapters\/express-app)'/m);
    }
  });
});
