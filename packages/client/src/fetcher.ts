import { MjNetworkError } from './errors';

/** One HTTP request as the raw client makes it. */
export interface FetcherRequest {
  path: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
  signal?: AbortSignal | undefined;
}

/** An answer: the status, the parsed body (JSON, text, a Blob for images/videos, or `undefined`), headers. */
export interface FetcherResponse {
  status: number;
  body: unknown;
  headers: Headers;
}

/** Sends one request; never throws on an HTTP status. */
export type Fetcher = (request: FetcherRequest) => Promise<FetcherResponse>;

/**
 * A fetcher over any `fetch` (injected for tests, the platform's otherwise). Parses JSON when the
 * answer looks like it, keeps text otherwise and bytes for images; never throws on an HTTP status
 * (the client reads every status itself: real gateways send more than the contract lists); a
 * request that gets no answer becomes {@link MjNetworkError} with the cause kept.
 */
export function createFetcher(fetchImpl: typeof fetch): Fetcher {
  return async ({ path, method, headers, body, signal }) => {
    let res: Response;
    try {
      res = await fetchImpl(path, { method, headers, body: body ?? null, ...(signal ? { signal } : {}) });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new MjNetworkError(`${method} ${path} failed`, error);
    }
    const type = res.headers.get('content-type') ?? '';
    if (type.startsWith('image/') || type.startsWith('video/'))
      return { status: res.status, body: await res.blob(), headers: res.headers };
    const text = await res.text();
    if (text === '') return { status: res.status, body: undefined, headers: res.headers };
    try {
      return { status: res.status, body: JSON.parse(text) as unknown, headers: res.headers };
    } catch {
      return { status: res.status, body: text, headers: res.headers };
    }
  };
}
