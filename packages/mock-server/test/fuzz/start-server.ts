/**
 * The one place fuzz and load tests start a mock (issue #12): `startMockServer` from the package's
 * root; the pipeline rewrite (#11) moves it to `src/node`, and only this import changes then.
 */
import { startMockServer } from '../../src/node/index';

/** A mock served on 127.0.0.1 with a manual clock and small images, for hostile traffic. */
export async function startFuzzServer(options: Parameters<typeof startMockServer>[0] = {}) {
  return startMockServer({
    port: 0,
    host: '127.0.0.1',
    clock: 'manual',
    ...options,
    config: { imageSize: 64, concurrency: 3, queueSize: 10, ...options.config },
  });
}

/** A request that must answer 200 JSON on a healthy mock (open even when the fuzz set API keys). */
export const HEALTH_PATH = '/';
