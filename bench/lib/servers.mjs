/**
 * The servers compared side by side: the mock (its CLI, default logging) and three references serving
 * the same bytes: bare `node:http`, plain express 5, and `prism mock` of the committed gateway document
 * with Prism's default (info) logging.
 */
import { mockCliArgs, ROOT } from './mock-entry.mjs';

const node = process.execPath;
/** The committed gateway OpenAPI document Prism mocks. */
export const GATEWAY_DOC = `${ROOT}packages/contract/openapi/gateway.json`;
const PRISM = `${ROOT}packages/contract/node_modules/.bin/prism`;

/** @typedef {import('./spawn-server.mjs').ServerSpec} ServerSpec */

/** @type {Record<'mock' | 'express' | 'bare' | 'prism', ServerSpec>} */
export const SERVERS = {
  mock: { name: 'mock', argv: (port) => [node, ...mockCliArgs(port)], readyPath: '/__mock/state' },
  express: {
    name: 'express',
    argv: (port) => [node, `${ROOT}bench/servers/express-server.mjs`, String(port)],
    readyPath: '/mj/task/1/fetch',
  },
  bare: {
    name: 'bare',
    argv: (port) => [node, `${ROOT}bench/servers/bare-server.mjs`, String(port)],
    readyPath: '/mj/task/1/fetch',
  },
  prism: {
    name: 'prism',
    argv: (port) => [PRISM, 'mock', GATEWAY_DOC, '-h', '127.0.0.1', '-p', String(port)],
    readyPath: '/mj/task/1/fetch',
  },
};

/**
 * A notifyHook receiver spec (runs on the load generator's core).
 * @param {'fast' | 'hang'} mode
 * @param {number[]} [extraPorts]  more ports serving the same counters (more receiver hosts)
 * @returns {ServerSpec}
 */
export function receiverSpec(mode, extraPorts = []) {
  return {
    name: `receiver-${mode}`,
    argv: (port) => [
      node,
      `${ROOT}bench/servers/receiver.mjs`,
      String(port),
      mode,
      ...extraPorts.map(String),
    ],
    readyPath: '/stats',
    core: 1,
  };
}
