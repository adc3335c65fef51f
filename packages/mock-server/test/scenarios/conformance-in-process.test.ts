/**
 * The conformance scenario suite (packages/conformance/suite) run in-process through
 * `createFetchHandler`, no port (issue #11): global fetch is routed to the handler for one origin,
 * the suite reads that origin from MJ_BASE_URL as it would a real server's.
 */
import { afterAll } from 'vitest';
import { createFetchHandler } from '../../src/adapters/fetch-handler';
import { createMock } from '../../src/mock/create-mock';

const origin = 'http://mjkit.in-process';
const apiKey = 'sk-mjkit-conformance';
const handle = createFetchHandler(
  createMock({ clock: 'manual', seed: 42, config: { imageSize: 128, keys: [apiKey] } }),
);
const realFetch = globalThis.fetch;
globalThis.fetch = (async (input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const request = new Request(input, init);
  return request.url.startsWith(`${origin}/`) ? handle(request) : realFetch(request);
}) as typeof fetch;
afterAll(() => {
  globalThis.fetch = realFetch;
});
// Exclusive: the suite may drive this mock's manual clock (it started it; issue 14 point 9).
Object.assign(process.env, { MJ_BASE_URL: origin, MJ_API_KEY: apiKey, MJ_PROFILE: 'doc', MJ_EXCLUSIVE: '1' });
delete process.env.MJ_DIRECT_URL;
delete process.env.MJ_PRISM;

await import('../../../conformance/suite/flows.test');
await import('../../../conformance/suite/local-errors.test');
