import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  ButtonNotFoundError,
  createMjClient,
  MjApiError,
  MjNetworkError,
  type MjTask,
  pressButton,
} from '../src';

/** A loopback port with nothing listening: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('client errors (issue 14 point 4)', () => {
  it('MjNetworkError keeps the cause and names it in its message', async () => {
    const port = await closedPort();
    const client = createMjClient({ baseUrl: `http://127.0.0.1:${port}` });
    const error = await client.fetchTask('1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MjNetworkError);
    const net = error as MjNetworkError;
    expect(net.code).toBe('network_error');
    expect(net.cause).toBeInstanceOf(Error);
    expect(net.message).toContain(`GET http://127.0.0.1:${port}/mj/task/1/fetch failed`);
    expect(net.message).toContain('ECONNREFUSED');
  });

  it('a missing button is a ButtonNotFoundError listing the buttons, and nothing is sent', async () => {
    let sent = 0;
    const client = createMjClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch: async () => {
        sent++;
        return new Response('{}');
      },
    });
    const task: MjTask = {
      id: '1748339029401828',
      status: 'SUCCESS',
      buttons: [
        { customId: 'MJ::JOB::upsample::1::h', label: 'U1', emoji: '' },
        { customId: 'MJ::JOB::reroll::0::h::SOLO', label: '', emoji: '🔄' },
      ],
    };
    const error = await pressButton(client, task, 'U9').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ButtonNotFoundError);
    expect(error).not.toBeInstanceOf(MjApiError);
    expect(error).toMatchObject({ code: 'button_not_found', taskId: task.id, available: ['U1', '🔄'] });
    expect((error as Error).message).toBe('no button "U9" on task 1748339029401828 (buttons: U1, 🔄)');
    expect(sent).toBe(0);
  });

  it('extraFields reach the wire beside the exact body; known fields win a clash', async () => {
    const bodies: unknown[] = [];
    const client = createMjClient({
      baseUrl: 'http://127.0.0.1:1',
      fetch: async (_url, init) => {
        bodies.push(JSON.parse(String(init?.body)));
        return new Response(JSON.stringify({ code: 1, description: 'Submit success', result: '1' }));
      },
    });
    await client.imagine({ prompt: 'cat' }, { extraFields: { seed: 7, prompt: 'ignored' } });
    expect(bodies).toEqual([{ seed: 7, prompt: 'cat' }]);
  });
});
