import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node';

interface Receiver {
  url: string;
  received: { status: string; progress: string; state: string | null; id: string }[];
  server: Server;
}

/** A real local HTTP receiver; `hang` never answers. */
async function receiver(hang = false): Promise<Receiver> {
  const received: Receiver['received'] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      received.push(JSON.parse(body));
      if (!hang) res.writeHead(200).end('ok');
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received, server };
}

describe('notifyHook, end to end over loopback', () => {
  let mock: RunningMockServer | undefined;
  let hooks: Receiver[] = [];
  afterEach(async () => {
    await mock?.close();
    for (const h of hooks) {
      h.server.closeAllConnections();
      h.server.close();
    }
    hooks = [];
  });

  type Json = { result?: string; code?: number };
  const post = (path: string, body: unknown): Promise<Json> =>
    fetch(`${mock!.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }).then((r) => r.json() as Promise<Json>);
  const getList = <T>(path: string): Promise<T[]> =>
    fetch(`${mock!.url}${path}`).then((r) => r.json() as Promise<T[]>);

  it('delivers SUBMITTED, IN_PROGRESS, each progress change and SUCCESS once each, echoing state', async () => {
    mock = await startMockServer({ port: 0, clock: 'manual', config: { imageSize: 64 } });
    const hook = await receiver();
    hooks.push(hook);
    const { result: id } = await post('/mj/submit/imagine', {
      prompt: 'Cat',
      state: 'order-9',
      notifyHook: hook.url,
    });
    await post('/__mock/clock/advance', { ms: 10_000 });
    await mock.mock.notifier.idle();
    const seq = hook.received.map((t) => `${t.status}:${t.progress}`);
    expect(seq[0]).toBe('SUBMITTED:0%');
    expect(seq[1]).toBe('IN_PROGRESS:0%');
    expect(seq.at(-1)).toBe('SUCCESS:100%');
    expect(seq.filter((s) => s.startsWith('SUCCESS'))).toHaveLength(1);
    expect(new Set(seq).size).toBe(seq.length);
    expect(seq.length).toBeGreaterThanOrEqual(8);
    expect(hook.received.every((t) => t.state === 'order-9' && t.id === id)).toBe(true);
    const journal = await getList<{ status: number }>(`/__mock/notifications?taskId=${id}`);
    expect(journal).toHaveLength(seq.length);
    expect(journal.every((e) => e.status === 200)).toBe(true);
  });

  it('sends nothing when notifyHook is empty', async () => {
    mock = await startMockServer({ port: 0, clock: 'manual', config: { imageSize: 64 } });
    await post('/mj/submit/imagine', { prompt: 'Cat', notifyHook: '' });
    await post('/__mock/clock/advance', { ms: 10_000 });
    await mock.mock.notifier.idle();
    expect(await getList('/__mock/notifications')).toEqual([]);
  });

  it('a receiver that never answers does not delay the API', async () => {
    mock = await startMockServer({
      port: 0,
      clock: 'manual',
      config: { imageSize: 64, notify: { timeoutMs: 60_000 } },
    });
    const hook = await receiver(true);
    hooks.push(hook);
    await post('/mj/submit/imagine', { prompt: 'Cat', notifyHook: hook.url });
    await post('/__mock/clock/advance', { ms: 10_000 });
    // The hanging receiver has got its first POST and holds it open...
    for (let i = 0; i < 400 && hook.received.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    expect(hook.received.length).toBeGreaterThan(0);
    // ...while the API keeps answering: many requests complete, none waits for the hook.
    for (let i = 0; i < 20; i++)
      expect((await post('/mj/submit/imagine', { prompt: `fast ${i}` })).code).toBeOneOf([1, 22, 23]);
    const journal = await getList<{ path: string }>('/__mock/requests?limit=20');
    expect(journal.filter((e) => e.path === '/mj/submit/imagine')).toHaveLength(20);
  });
});
