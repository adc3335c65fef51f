/**
 * A mock in its own process for the load and fault scripts: starts it through test/fuzz/start-server.ts
 * (the one place that knows where `startMockServer` lives), prints `{"url":…}` on one line, serves until
 * SIGTERM. Argument: a JSON object of StartOptions (e.g. '{"config":{"notify":{"timeoutMs":2000}}}').
 */
import { startFuzzServer } from '../test/fuzz/start-server';

const options = JSON.parse(process.argv[2] ?? '{}');
const server = await startFuzzServer(options);
console.log(JSON.stringify({ url: server.url, pid: process.pid }));
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)));
