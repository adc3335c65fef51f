import { type CallJournal, clip } from './call-journal';

const headersOf = (h: HeadersInit | Headers | undefined): Record<string, string> => {
  const out: Record<string, string> = {};
  new Headers(h ?? {}).forEach((value, key) => {
    out[key] = value;
  });
  return out;
};

const isBinary = (type: string) => /^(image|video|audio)\/|octet-stream/.test(type);

/**
 * Wraps a `fetch` so that every call is written to `journal` with the exact headers and bodies sent and
 * received (the raw view and "copy as curl" read it). The caller still gets an unread response.
 * @example const f = createRecordingFetch(fetch, journal); createMjClient({ baseUrl, fetch: f })
 */
export function createRecordingFetch(inner: typeof fetch, journal: CallJournal): typeof fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const requestBody =
      typeof init?.body === 'string' ? init.body : init?.body == null ? undefined : '<binary body>';
    const body = clip(requestBody ?? '');
    const started = performance.now();
    const record = journal.add({
      at: Date.now(),
      method: request.method,
      url: request.url,
      requestHeaders: headersOf(init?.headers),
      requestBody: requestBody === undefined ? undefined : body.text,
      requestTruncated: body.truncated,
      status: undefined,
      responseHeaders: {},
      responseBody: undefined,
      responseTruncated: false,
      ms: undefined,
      error: undefined,
    });
    let response: Response;
    try {
      response = await inner(input, init);
    } catch (error) {
      journal.update(record.id, {
        ms: Math.round(performance.now() - started),
        error: (error as Error)?.message ?? String(error),
      });
      throw error;
    }
    const type = response.headers.get('content-type') ?? '';
    let text: string;
    if (isBinary(type)) {
      const size = (await response.clone().arrayBuffer()).byteLength;
      text = `<${size} bytes of ${type}>`;
    } else {
      text = await response.clone().text();
    }
    const answer = clip(text);
    journal.update(record.id, {
      status: response.status,
      responseHeaders: headersOf(response.headers),
      responseBody: answer.text,
      responseTruncated: answer.truncated,
      ms: Math.round(performance.now() - started),
    });
    return response;
  };
}
