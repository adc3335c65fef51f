/**
 * The one place the harness learns where the mock lives. The mock is being rewritten (architecture
 * issue); when its build output moves, change only this file. Everything else measures the mock through
 * its public surfaces: the `mjkit-mock` CLI over HTTP and the `/__mock/*` control API.
 */
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The built CLI (`mjkit-mock`): `pnpm bench` builds it first. */
export const MOCK_CLI = `${ROOT}packages/mock-server/dist/cli.js`;

/** The built package entry (what `import '@mjkit/mock-server'` loads). */
export const MOCK_INDEX = `${ROOT}packages/mock-server/dist/index.js`;

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
 * Imports the mock's package entry in this process (for in-process figures such as import time).
 * @returns {Promise<Record<string, unknown>>}
 */
export function importMock() {
  return import(MOCK_INDEX);
}
