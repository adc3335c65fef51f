/**
 * The load generator: autocannon, run in this process (pinned to the load generator's core), 50
 * connections by default, keep-alive, no pipelining.
 */
import autocannon from 'autocannon';
import { AUTH } from './http.mjs';

/**
 * @typedef {object} LoadResult
 * @property {number} rps  mean requests per second over the run
 * @property {number} p50  latency median, ms
 * @property {number} p99  latency 99th percentile, ms
 * @property {number} requests  responses received
 * @property {number} non2xx
 * @property {number} errors  connection errors and timeouts
 */

/**
 * Runs one load round against `url`, for `seconds` or for `amount` requests.
 * @param {{url: string, seconds?: number, amount?: number, method?: string, body?: string, connections?: number}} options
 * @returns {Promise<LoadResult>}
 */
export async function load(options) {
  const result = await autocannon({
    url: options.url,
    connections: options.connections ?? 50,
    ...(options.amount ? { amount: options.amount } : { duration: options.seconds ?? 5 }),
    method: /** @type {any} */ (options.method ?? 'GET'),
    headers: options.body === undefined ? AUTH : { ...AUTH, 'content-type': 'application/json' },
    ...(options.body === undefined ? {} : { body: options.body }),
    timeout: 30,
  });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
