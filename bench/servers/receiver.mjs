/**
 * A notifyHook receiver. Mode `fast`: answers every POST at once with 200 and counts it. Mode `hang`:
 * reads the request and never answers (the "receiver that never answers" figure). `GET /stats` gives
 * {count, firstMs, lastMs}; `POST /stats/reset` zeroes them. Extra ports serve the same counters, so
 * hooks can name several receiver hosts (the mock bounds in-flight deliveries per host:port).
 * Usage: node receiver.mjs <port> <fast|hang> [extra-port…]
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
for (const port of process.argv.slice(4)) {
  const extra = createServer((req, res) => server.emit('request', req, res));
  extra.keepAliveTimeout = 60_000;
  extra.requestTimeout = 0;
  extra.listen(Number(port), '127.0.0.1');
}
