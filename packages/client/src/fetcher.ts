import type { ApiFetcher } from '@ts-rest/core';
import { MjNetworkError } from './errors';

/**
 * A ts-rest fetcher over any `fetch` (injected for tests, the platform's otherwise). Parses JSON when
 * the answer says so or looks like it, keeps text otherwise and bytes for images; never throws on an
 * HTTP status (the client reads every status itself, real gateways send more than the contract
 * lists); a request that gets no answer becomes {@link MjNetworkError}.
 */
export function createFetcher(fetchImpl: typeof fetch): ApiFetcher {
  return async ({ path, method, headers, body, fetchOptions }) => {
    let res: Response;
    try {
      res = await fetchImpl(path, {
        method,
        headers,
        body: body ?? null,
        ...(fetchOptions?.signal ? { signal: fetchOptions.signal } : {}),
      });
    } catch (error) {
      if ((error as Error)?.name === 'AbortError') throw error;
      throw new MjNetworkError(
        `${method} ${path} failed: ${(error as Error)?.message ?? String(error)}`,
        error,
      );
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
