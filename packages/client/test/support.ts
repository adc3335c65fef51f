import { type RunningMockServer, startMockServer } from '@mjkit/mock-server/node';
import { createMjClient, MjAbortError, type MjClientOptions, type Sleep } from '../src';

/** A mock on loopback (port 0, manual clock) and a client whose sleeps move the mock's clock. */
export async function mockAndClient(options: Partial<MjClientOptions> & { config?: object } = {}) {
  const { config, ...clientOptions } = options;
  const server: RunningMockServer = await startMockServer({
    port: 0,
    clock: 'manual',
    config: { imageSize: 64, ...config },
  });
  const advance = async (ms: number) => {
    const res = await fetch(`${server.url}/__mock/clock/advance`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ ms }),
    });
    if (!res.ok) throw new Error(`advance failed: ${res.status}`);
  };
  /** Waiting advances simulated time instead of wall time: deterministic and instant. */
  const sleep: Sleep = async (ms, signal) => {
    if (signal?.aborted) throw new MjAbortError(signal.reason);
    await advance(ms);
  };
  const client = createMjClient({ baseUrl: server.url, sleep, ...clientOptions });
  return { server, client, advance, sleep };
}
