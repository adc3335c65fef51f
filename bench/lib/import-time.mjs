/** Prints how long importing the mock's Node entry (`@mjkit/mock-server/node`) takes in a fresh process (wall ms). */
import { importMock } from './mock-entry.mjs';

const started = performance.now();
await importMock();
console.log(JSON.stringify({ importMs: performance.now() - started }));
