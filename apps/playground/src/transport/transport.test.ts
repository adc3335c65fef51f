import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, createCallJournal } from './call-journal';
import { createRecordingFetch } from './recording-fetch';
import { toCurl } from './to-curl';

describe('recording fetch', () => {
  it('journals the exact request and response and leaves the response unread', async () => {
    const journal = createCallJournal();
    const inner: typeof fetch = async () =>
      new Response('{"code":1,"result":"42"}', {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    const f = createRecordingFetch(inner, journal);
    const res = await f('http://h:1/mj/submit/imagine', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
      body: '{"prompt":"cat"}',
    });
    expect(await res.json()).toEqual({ code: 1, result: '42' });
    const [call] = journal.list();
    expect(call).toMatchObject({
      method: 'POST',
      url: 'http://h:1/mj/submit/imagine',
      requestHeaders: { authorization: 'Bearer k', 'content-type': 'application/json' },
      requestBody: '{"prompt":"cat"}',
      status: 200,
      responseBody: '{"code":1,"result":"42"}',
    });
  });

  it('records a network failure and rethrows it', async () => {
    const journal = createCallJournal();
    const f = createRecordingFetch(async () => {
      throw new TypeError('Failed to fetch');
    }, journal);
    await expect(f('http://h:1/x')).rejects.toThrow('Failed to fetch');
    expect(journal.list()[0]).toMatchObject({ status: undefined, error: 'Failed to fetch' });
  });

  it('summarises images and cuts long bodies', async () => {
    const journal = createCallJournal();
    const f = createRecordingFetch(
      async () => new Response(new Uint8Array(10), { headers: { 'content-type': 'image/png' } }),
      journal,
    );
    await f('http://h:1/i.png', { method: 'POST', body: 'x'.repeat(BODY_LIMIT + 5) });
    const [call] = journal.list();
    expect(call?.responseBody).toBe('<10 bytes of image/png>');
    expect(call?.requestBody).toHaveLength(BODY_LIMIT);
    expect(call?.requestTruncated).toBe(true);
  });

  it('keeps at most its limit of calls, and fewer GETs so polling cannot push submits out', () => {
    const journal = createCallJournal(3, 2);
    journal.add({
      at: 0,
      method: 'POST',
      url: 'submit',
      requestHeaders: {},
      requestBody: '{}',
      requestTruncated: false,
      status: 200,
      responseHeaders: {},
      responseBody: '',
      responseTruncated: false,
      ms: 1,
      error: undefined,
    });
    for (let i = 0; i < 5; i++)
      journal.add({
        at: i,
        method: 'GET',
        url: `u${i}`,
        requestHeaders: {},
        requestBody: undefined,
        requestTruncated: false,
        status: 200,
        responseHeaders: {},
        responseBody: '',
        responseTruncated: false,
        ms: 1,
        error: undefined,
      });
    expect(journal.list().map((c) => c.url)).toEqual(['submit', 'u3', 'u4']);
  });
});

describe('toCurl', () => {
  it('quotes headers and bodies for a shell', () => {
    const line = toCurl({
      method: 'POST',
      url: 'http://h:1/mj/submit/imagine',
      requestHeaders: { 'mj-api-secret': 'k' },
      requestBody: `{"prompt":"it's"}`,
      requestTruncated: false,
    });
    expect(line).toBe(
      `curl -X POST 'http://h:1/mj/submit/imagine' -H 'mj-api-secret: k' --data-raw '{"prompt":"it'\\''s"}'`,
    );
    expect(
      toCurl({
        method: 'GET',
        url: 'http://h/x',
        requestHeaders: {},
        requestBody: undefined,
        requestTruncated: false,
      }),
    ).toBe(`curl 'http://h/x'`);
  });
});
