/**
 * A notifyHook receiver. Mode `fast`: answers every POST at once with 200 and counts it. Mode `hang`:
 * reads the request and never answers (the "receiver that never answers" figure). `GET /stats` gives
 * {count, firstMs, lastMs}; `POST /stats/reset` zeroes them. Usage: node receiver.mjs <port> <fast|hang>
 */
import { createServer } from 'node:http';

const mode = process.argv[3] ?? 'fast';
let count = 0;
let firstMs = 0;
let lastMs = 0;
const server = createServer((req, res) => {
  if (req.url === '/stats') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ count, firstMs, lastMs }));
    return;
  }
  if (req.url === '/stats/reset') {
    count = 0;
    firstMs = 0;
    lastMs = 0;
    res.end('{}');
    return;
  }
  req.resume();
  req.on('end', () => {
    const now = performance.now();
    if (count === 0) firstMs = now;
    lastMs = now;
    count++;
    if (mode === 'fast') res.end();
  });
});
server.keepAliveTimeout = 60_000;
server.requestTimeout = 0;
server.listen(Number(process.argv[2]), '127.0.0.1');
