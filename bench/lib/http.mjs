/** Minimal HTTP helpers over node:http (no fetch: its pool would share sockets with the figures). */
import { request } from 'node:http';
import { createServer } from 'node:net';

/**
 * Sent on every request to every server: the mock is open (any key passes), Prism enforces the
 * document's bearer scheme and answers 401 without it.
 */
export const AUTH = { authorization: 'Bearer bench-key' };

/**
 * Sends one request and resolves with status, raw body and parsed JSON (when it parses).
 * @param {string} url
 * @param {{method?: string, body?: unknown, timeoutMs?: number}} [options]
 * @returns {Promise<{status: number, text: string, json: any}>}
 */
export function call(url, options = {}) {
  const body = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: options.method ?? (body === undefined ? 'GET' : 'POST'),
        headers: body === undefined ? AUTH : { ...AUTH, 'content-type': 'application/json' },
        timeout: options.timeoutMs ?? 600_000,
      },
      (res) => {
        const chunks = [];
        res.on('data', (c) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout: ${url}`)));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Like `call`, but fails unless the status is 200.
 * @param {string} url
 * @param {{method?: string, body?: unknown, timeoutMs?: number}} [options]
 */
export async function callOk(url, options = {}) {
  const res = await call(url, options);
  if (res.status !== 200)
    throw new Error(`${options.method ?? 'GET'} ${url}: HTTP ${res.status} ${res.text.slice(0, 300)}`);
  return res;
}

/**
 * A free TCP port on 127.0.0.1 (listen on 0, read it, close).
 * @returns {Promise<number>}
 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Waits `ms` of wall time (only to poll for a condition, never to let a figure happen).
 * @param {number} ms
 */
export const pause = (ms) => new Promise((r) => setTimeout(r, ms));
