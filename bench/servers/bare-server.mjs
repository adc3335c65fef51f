/**
 * Reference: bare `node:http`. GET answers the task JSON bytes from `BENCH_TASK_FILE`; POST echoes the
 * request body. Usage: node bare-server.mjs <port>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

// biome-ignore lint/suspicious/noUndeclaredEnvVars: set by the harness for its child servers, not a turbo input.
const task = readFileSync(/** @type {string} */ (process.env.BENCH_TASK_FILE));
const server = createServer((req, res) => {
  if (req.method === 'POST') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': task.length });
  res.end(task);
});
server.keepAliveTimeout = 5_000;
server.listen(Number(process.argv[2]), '127.0.0.1');
