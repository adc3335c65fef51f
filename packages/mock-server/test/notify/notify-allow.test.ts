import type { LookupAddress } from 'node:dns';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeHttpTransport } from '../../src/node/http-transport';
import { startReceiver } from './receivers';

/**
 * Issue #12 item 9: `--notify-allow` stops notifyHook from being an SSRF tool. With patterns set, only
 * matching hosts with public addresses are reached, the checked address is the one connected to
 * (DNS answers cannot change in between), redirects are never followed, only http/https.
 */
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) await c();
});

const deliver = (transport: ReturnType<typeof createNodeHttpTransport>, url: string, ms = 2_000) =>
  transport({ url, body: '{}', headers: {}, signal: AbortSignal.timeout(ms) }).then(
    (r) => ({ status: r.status, error: undefined as string | undefined }),
    (e: Error) => ({ status: undefined, error: e.message }),
  );

/** A fake DNS: answers from `table`, counting lookups per host. */
function fakeDns(table: Record<string, string[]>) {
  const calls: string[] = [];
  const lookup = ((host: string, _opts: unknown, cb: (e: Error | null, a: LookupAddress[]) => void) => {
    calls.push(host);
    const next = table[host]?.shift();
    cb(next ? null : new Error(`ENOTFOUND ${host}`), next ? [{ address: next, family: 4 }] : []);
  }) as never;
  return { lookup, calls };
}

describe('--notify-allow', () => {
  it('default: loopback receivers are reached; no redirect is followed; data: URLs are refused', async () => {
    const target = await startReceiver((_q, s) => s.end('ok'));
    const redirect = await startReceiver((_q, s) => {
      s.writeHead(302, { location: `${target.url}/internal` });
      s.end();
    });
    closers.push(target.close, redirect.close);
    const transport = createNodeHttpTransport();
    expect(await deliver(transport, `${target.url}/hook`)).toEqual({ status: 200, error: undefined });
    expect(await deliver(transport, `${redirect.url}/hook`)).toEqual({ status: 302, error: undefined });
    expect(target.arrived.length).toBe(1);
    expect((await deliver(transport, 'data:text/plain,x')).error).toMatch(/protocol data:/);
  });

  it('set: hosts outside the patterns, private addresses and decimal IPs are refused before connecting', async () => {
    const local = await startReceiver((_q, s) => s.end('ok'));
    closers.push(local.close);
    const port = new URL(local.url).port;
    const dns = fakeDns({ 'hooks.example.test': ['127.0.0.1'], 'meta.example.test': ['169.254.169.254'] });
    const transport = createNodeHttpTransport({ allow: ['*.example.test'], lookup: dns.lookup });
    for (const url of [
      `${local.url}/hook`,
      `http://2130706433:${port}/hook`,
      `http://hooks.example.test:${port}/hook`,
      'http://meta.example.test/latest/meta-data',
      'http://other.test/hook',
    ])
      expect((await deliver(transport, url)).error, url).toMatch(/blocked/);
    expect(local.arrived.length).toBe(0);
  });

  it('pins the checked address: a DNS answer that changes to loopback is never used', async () => {
    const local = await startReceiver((_q, s) => s.end('ok'));
    closers.push(local.close);
    const port = new URL(local.url).port;
    // First answer public (TEST-NET, unreachable here), any later one loopback: a rebinding attempt.
    const dns = fakeDns({ 'rebind.example.test': ['192.0.2.1', '127.0.0.1', '127.0.0.1'] });
    const transport = createNodeHttpTransport({ allow: ['rebind.example.test'], lookup: dns.lookup });
    const result = await deliver(transport, `http://rebind.example.test:${port}/hook`, 300);
    expect(result.status).toBeUndefined();
    expect(dns.calls).toEqual(['rebind.example.test']);
    expect(local.arrived.length).toBe(0);
  });
});
