import { http, passthrough } from 'msw';
import { createFetchHandler } from './adapters/fetch-handler';
import type { PipelineOptions } from './core/pipeline';
import type { Mock } from './mock/create-mock';

/** Options of {@link mjkitHandlers}. */
export interface MjkitHandlersOptions extends PipelineOptions {
  /** The origin the app calls (e.g. `http://localhost:8080` or `https://gateway.example`). */
  baseUrl: string;
}

/**
 * MSW 2 request handlers that answer `/mj/*` (and the `/mj-relax|fast|turbo` prefixes), `/__mock/*`,
 * the served files (`/cdn/*`) and the documents at `baseUrl` with the real simulation, no server.
 * Anything else under `baseUrl` passes through.
 * @example
 * const mock = createMock({ clock: 'manual' });
 * const server = setupServer(...mjkitHandlers(mock, { baseUrl: 'http://mj.test' }));
 * server.listen();
 */
export function mjkitHandlers(mock: Mock, options: MjkitHandlersOptions) {
  const { baseUrl, ...pipeline } = options;
  const origin = new URL(baseUrl).origin;
  const handle = createFetchHandler(mock, pipeline);
  return [
    http.all(`${origin}/*`, async ({ request }) => {
      const path = new URL(request.url).pathname;
      if (!/^\/(mj[^/]*|__mock|cdn|openapi|docs)(\/|\.json|$)/i.test(path) && path !== '/')
        return passthrough();
      return handle(request);
    }),
  ];
}
