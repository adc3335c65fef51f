/**
 * The one place the harness learns where the mock lives. After the architecture rewrite (issue #11) the
 * server (`startMockServer`, `createApp`) is in the Node entry `@mjkit/mock-server/node`
 * (`dist/node.js`); the package root is the browser-safe core. Everything else measures the mock
 * through its public surfaces: the `mjkit-mock` CLI over HTTP and the `/__mock/*` control API.
 */
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built CLI (`mjkit-mock`): `pnpm bench` builds it first. */
export const MOCK_CLI = `${ROOT}packages/mock-server/dist/cli.js`;

/** The built Node entry (what `import '@mjkit/mock-server/node'` loads: startMockServer, createApp). */
export const MOCK_NODE = `${ROOT}packages/mock-server/dist/node.js`;

/**
 * The CLI arguments for a mock on `port`: manual clock (figures must not depend on wall time), default
 * request logging unless `quiet`, default profile `doc`, open auth.
 * @param {number} port
 * @param {{quiet?: boolean}} [options]
 * @returns {string[]}
 */
export function mockCliArgs(port, options = {}) {
  return [MOCK_CLI, '--port', String(port), '--clock', 'manual', ...(options.quiet ? ['--quiet'] : [])];
}

/**
 * Imports the mock's Node entry in this process (for in-process figures such as import time): what a
 * program that starts the server loads.
 * @returns {Promise<Record<string, unknown>>}
 */
export function importMock() {
  return import(MOCK_NODE);
}
