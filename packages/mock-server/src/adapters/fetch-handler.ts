import type { CoreRequest, CoreResponse } from '../core/http-types';
import { encodeBody } from '../core/http-types';
import { createPipeline, type PipelineOptions } from '../core/pipeline';
import { readWithin, streamChunks } from '../core/read-body';
import type { Mock } from '../mock/create-mock';

/** A `(Request) => Promise<Response>` handler: in-process tests, MSW, Service Workers, edge runtimes. */
export type FetchHandler = (request: Request) => Promise<Response>;

/**
 * Serves a mock through the Fetch API, no port (issue #11; decision in
 * docs/decisions/0002-fetch-adapter.md: a small adapter over the contract's route table, not
 * `@ts-rest/serverless`). Answers as the express adapter does: case-insensitive paths, HEAD as GET
 * without a body, decoded path params, bodies parsed as JSON whatever their content type.
 * @example
 * const handle = createFetchHandler(createMock({ clock: 'manual' }));
 * const res = await handle(new Request('http://mock.test/mj/submit/imagine', { method: 'POST', body: '{"prompt":"a cat"}' }));
 */
export function createFetchHandler(mock: Mock, options: PipelineOptions = {}): FetchHandler {
  const pipeline = createPipeline(mock, options);
  return async (request) => {
    const url = new URL(request.url);
    const req: CoreRequest = {
      method: request.method.toUpperCase(),
      path: url.pathname,
      query: url.search.slice(1),
      headers: (name) => request.headers.get(name) ?? undefined,
      baseUrl: mock.publicUrl ?? url.origin,
    };
    const response = await pipeline.serve(req, async (limit) =>
      request.body ? readWithin(streamChunks(request.body), limit) : { ok: true, bytes: new Uint8Array() },
    );
    return toResponse(response, req.method === 'HEAD');
  };
}

/** A pipeline answer as a web `Response` (HEAD: headers only). */
export function toResponse(response: CoreResponse, head: boolean): Response {
  const headers = new Headers(response.headers);
  const encoded = encodeBody(response.body);
  if (encoded) {
    headers.set('Content-Type', encoded.contentType);
    headers.set('Content-Length', String(encoded.bytes.length));
  }
  const noBody = head || !encoded || response.status === 204 || response.status === 304;
  return new Response(
    noBody ? null : (encoded.bytes as unknown as ConstructorParameters<typeof Response>[0]),
    { status: response.status, headers },
  );
}
