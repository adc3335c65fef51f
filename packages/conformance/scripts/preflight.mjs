/**
 * Checks a target before the suite runs (issue #14 point 9): is it reachable, does it accept the key
 * (one clear line instead of a failure per scenario), and does it serve the mjkit control API (and with
 * which clock). Sends only reads: a fetch of an id that does not exist, and `GET /__mock/state`.
 */

/** An id no gateway has: its fetch answers "not found" when the key is good, 401/403 when it is not. */
export const PROBE_TASK_ID = '1000000000000000';

const describeBody = (text) => {
  try {
    const body = JSON.parse(text);
    return String(body.description ?? body.message ?? body.error?.message ?? text).trim();
  } catch {
    return text.trim().slice(0, 120);
  }
};

/**
 * The probe goes to `directUrl` (the target itself, also when a validating proxy sits in front), with the
 * key in the header the profile reads (`mj-api-secret` for midjourney-proxy, which reads `Authorization`
 * raw or not at all). An empty 200 or a 204 is NZ's and TA's "not found": the key was accepted.
 * @param {{ baseUrl: string, directUrl: string, apiKey?: string, controlKey?: string, profile?: string, timeoutMs?: number }} o
 * @returns {Promise<{ ok: true, control: boolean, clock?: { mode: string, speed: number } } | { ok: false, message: string }>}
 */
export async function preflight({ directUrl, apiKey, controlKey, profile = 'doc', timeoutMs = 15_000 }) {
  const auth = (key) => (key ? { authorization: `Bearer ${key}` } : {});
  const apiAuth = profile === 'midjourney-proxy' ? (key) => (key ? { 'mj-api-secret': key } : {}) : auth;
  const get = (url, key, headers = auth) =>
    fetch(url, { headers: headers(key), signal: AbortSignal.timeout(timeoutMs) });
  let res;
  try {
    res = await get(`${directUrl}/mj/task/${PROBE_TASK_ID}/fetch`, apiKey, apiAuth);
  } catch (error) {
    const cause = error.cause?.code ?? error.cause?.message ?? error.message;
    return { ok: false, message: `cannot reach ${directUrl}: ${cause}` };
  }
  const text = await res.text();
  if (res.status === 401 || res.status === 403)
    return {
      ok: false,
      message: `auth check failed: ${directUrl} answered HTTP ${res.status} (${describeBody(text)}) to ${
        apiKey ? 'the key given' : 'a request without a key'
      }; pass the right one with --key or MJ_API_KEY`,
    };
  if (res.status >= 500)
    return {
      ok: false,
      message: `target error: GET /mj/task/${PROBE_TASK_ID}/fetch answered HTTP ${res.status} (${describeBody(text)})`,
    };
  const state = await get(`${directUrl}/__mock/state`, controlKey ?? apiKey)
    .then(async (r) => (r.ok ? r.json() : undefined))
    .catch(() => undefined);
  if (!state || typeof state !== 'object') return { ok: true, control: false };
  return { ok: true, control: true, clock: state.clock };
}
