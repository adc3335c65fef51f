/**
 * Reference: plain express 5 (the mock-server's own copy, so no extra dependency). GET
 * `/mj/task/:id/fetch` sends the task JSON bytes from `BENCH_TASK_FILE`; POST `/mj/submit/imagine`
 * parses the JSON body with `express.json()` and echoes it with `res.json`. Usage: node express-server.mjs <port>
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(new URL('../../packages/mock-server/package.json', import.meta.url));
const express = require('express');
// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by the harness for its child servers, not a turbo input.
const task = readFileSync(/** @type {string} */ (process.env.BENCH_TASK_FILE));
const app = express();
app.use(express.json({ limit: '1mb' }));
app.get('/mj/task/:id/fetch', (_req, res) => {
  res.type('json').send(task);
});
app.post('/mj/submit/imagine', (req, res) => {
  res.json(req.body);
});
const server = app.listen(Number(process.argv[2]), '127.0.0.1');
server.keepAliveTimeout = 5_000;
