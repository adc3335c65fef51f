/** Prints how long importing the mock's package entry takes in a fresh process (wall ms). */
import { importMock } from './mock-entry.mjs';

const started = performance.now();
await importMock();
console.log(JSON.stringify({ importMs: performance.now() - started }));
