#!/usr/bin/env node
/**
 * `mjkit-mock`: starts the mock server. Placeholder until the mock-server core lands: it listens and
 * answers a JSON status so the two-command quick start works end to end.
 */
import { createServer } from 'node:http';

const port = Number(process.env.MJKIT_PORT ?? 8080);
const host = process.env.MJKIT_HOST ?? '127.0.0.1';

createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
  res.end(JSON.stringify({ name: 'mjkit-mock', status: 'placeholder' }));
}).listen(port, host, () => {
  console.log(`mjkit mock server listening on http://${host}:${port}`);
});
