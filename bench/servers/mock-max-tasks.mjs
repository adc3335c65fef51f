/**
 * The mock with room for the big-store figure: `startMockServer` from the Node entry (a public API)
 * with `limits.maxTasks` raised, since the CLI's default bound (10 000 stored tasks, oldest finished
 * evicted) keeps any more from being stored. Manual clock, no request log.
 * Usage: node mock-max-tasks.mjs <port> <maxTasks>
 */
import { MOCK_NODE } from '../lib/mock-entry.mjs';

const { startMockServer } = await import(MOCK_NODE);
await startMockServer({
  port: Number(process.argv[2]),
  clock: 'manual',
  limits: { maxTasks: Number(process.argv[3]) },
});
