import { afterAll, beforeAll, describe, it } from 'vitest';
import { type RunningMockServer, startMockServer } from '../../src/node/start-mock-server';
import type { Expectation } from './expectations/expectation';
import { MIDJOURNEY_PROXY_EXPECTATIONS } from './expectations/midjourney-proxy';
import { NEW_API_EXPECTATIONS } from './expectations/new-api';
import { cite, createExpectationRunner } from './run-expectation';

// Issue #13: every row of the expectation tables, over real loopback HTTP, named with the file it reproduces.
let server: RunningMockServer;
let run: ReturnType<typeof createExpectationRunner>;

beforeAll(async () => {
  // The rows reconfigure keys, which needs the control key (issue #12 item 2).
  const controlKey = 'ctlexpectations';
  server = await startMockServer({
    port: 0,
    host: '127.0.0.1',
    clock: 'manual',
    controlKey,
    config: { imageSize: 64 },
  });
  run = createExpectationRunner(server.url, controlKey);
});
afterAll(() => server.close());

const table = (title: string, rows: readonly Expectation[]) =>
  describe(title, () => {
    for (const row of rows) it(`${row.name} (${cite(row.source)})`, () => run(row));
  });

table('new-api profile (QuantumNous/new-api)', NEW_API_EXPECTATIONS);
table('midjourney-proxy profile (novicezk / trueai-org)', MIDJOURNEY_PROXY_EXPECTATIONS);
