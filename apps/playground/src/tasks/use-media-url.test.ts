import { describe, expect, it } from 'vitest';
import { createObjectUrlResolver, MEDIA_CACHE_LIMIT } from './use-media-url';

describe('object URL resolver', () => {
  it('passes other origins through and fetches the mock origin once per URL', async () => {
    let fetched = 0;
    const resolve = createObjectUrlResolver('http://in-page', async () => {
      fetched++;
      return new Response(new Uint8Array([137, 80, 78, 71]), { headers: { 'content-type': 'image/png' } });
    });
    expect(await resolve('https://cdn.example/a.png')).toBe('https://cdn.example/a.png');
    const a = await resolve('http://in-page/cdn/a.png');
    expect(a).toMatch(/^blob:/);
    expect(await resolve('http://in-page/cdn/a.png')).toBe(a);
    expect(fetched).toBe(1);
  });

  it('keeps a bounded cache and forgets failures', async () => {
    let fetched = 0;
    let fail = true;
    const resolve = createObjectUrlResolver('http://in-page', async () => {
      fetched++;
      return fail ? new Response('nope', { status: 404 }) : new Response(new Uint8Array([1]));
    });
    await expect(resolve('http://in-page/x')).rejects.toThrow('HTTP 404');
    fail = false;
    await expect(resolve('http://in-page/x')).resolves.toMatch(/^blob:/);
    for (let i = 0; i < MEDIA_CACHE_LIMIT + 1; i++) await resolve(`http://in-page/${i}`);
    const before = fetched;
    await resolve('http://in-page/x'); // evicted: fetched again
    expect(fetched).toBe(before + 1);
  });
});
