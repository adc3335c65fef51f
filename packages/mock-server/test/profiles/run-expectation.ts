import { expect } from 'vitest';
import type { Expectation } from './expectations/expectation';
import type { Source } from './expectations/sources';

/** A tiny valid PNG (8×8) as a data URL: `{png}` in a row's body becomes this. */
export const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mNwa9qCFTEMLQkAA3NfAXI24n8AAAAASUVORK5CYII=';

/** `repo@commit path`: how a test names the file it reproduces. */
export const cite = (s: Source) => `${s.repo}${s.commit ? `@${s.commit}` : ''} ${s.path}`;

/** Replaces `{seed}` and `{png}` in every string of a JSON value. */
function fill(value: unknown, seed: string): unknown {
  if (typeof value === 'string') return value.replaceAll('{seed}', seed).replaceAll('{png}', PNG_DATA_URL);
  if (Array.isArray(value)) return value.map((v) => fill(v, seed));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, seed)]));
  return value;
}

/**
 * A control-API caller that presents the control key in `mj-api-secret`: the one header every profile's
 * key parsing reads (NZ reads nothing else; new-api splits a key at `-`, so the key has none).
 */
function control(base: string, k: string) {
  return async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${base}${path}`, {
      method,
      headers: {
        'content-type': 'application/json',
        'mj-api-secret': k,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text}`);
    return text === '' ? undefined : (JSON.parse(text) as unknown);
  };
}

/**
 * Runs one expectation row over real loopback HTTP against the mock at `base`: reset, configure the
 * row's profile/upstream/keys, run its setup (seeded task, busy queue), send the request and compare
 * status, headers and body (JSON deep-equal with matchers, exact text, or zero bytes).
 */
export function createExpectationRunner(base: string, controlKey: string) {
  const call = control(base, controlKey);
  return async (row: Expectation) => {
    const { target, setup = {} } = row;
    await call('POST', '/__mock/reset', {});
    await call('PATCH', '/__mock/config', {
      profile: target.profile,
      upstream: target.upstream ?? 'ta',
      newApi: { notifyEnabled: target.notifyEnabled ?? false },
      keys: setup.keys ?? [],
      concurrency: 3,
      queueSize: 10,
      remix: false,
      ...setup.config,
    });
    let seed = '';
    if (setup.seed) seed = ((await call('POST', '/__mock/tasks', setup.seed)) as { id: string }).id;
    const path = row.request.path.replaceAll('{seed}', seed);
    const headers: Record<string, string> = { ...row.request.headers };
    const body =
      row.request.raw ??
      (row.request.json === undefined ? undefined : JSON.stringify(fill(row.request.json, seed)));
    if (body !== undefined && !Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
      headers['content-type'] = 'application/json';
    for (let i = 0; i < (setup.busy ?? 0); i++) {
      const res = await fetch(`${base}/mj/submit/imagine`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ prompt: `busy ${i}` }),
      });
      await res.arrayBuffer();
    }
    const res = await fetch(`${base}${path}`, { method: row.request.method, headers, body });
    const text = await res.text();
    const want = row.expect;
    expect({ status: res.status, text }).toMatchObject({ status: want.status });
    for (const [name, value] of Object.entries(want.headers ?? {})) {
      const got = res.headers.get(name);
      if (value === null) expect(got, name).toBeNull();
      else if (value instanceof RegExp) expect(got, name).toMatch(value);
      else expect(got, name).toBe(value);
    }
    if (want.empty) expect(text).toBe('');
    if (want.text instanceof RegExp) expect(text).toMatch(want.text);
    else if (want.text !== undefined) expect(text).toBe(want.text);
    if (want.json !== undefined) expect(JSON.parse(text)).toEqual(want.json);
  };
}
