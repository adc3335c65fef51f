/**
 * "No server" mode: the mjkit mock running inside this page (issue #15, DESIGN.md §3 "browser entry").
 * Everything the playground sends to {@link IN_PAGE_ORIGIN} is answered by `@mjkit/mock-server`'s
 * fetch handler, loaded as a lazy chunk, so the built playground works from any static host with
 * nothing else running. notifyHook deliveries to {@link IN_PAGE_SINK_URL} land in a built-in sink (the
 * mock's notifications journal keeps their payloads for the webhook inspector).
 */

/** The origin the in-page mock answers for; never reaches the network. */
export const IN_PAGE_ORIGIN = 'http://mjkit-in-page.invalid';

/** The notifyHook URL of the built-in webhook sink: deliveries to it are journaled, never sent out. */
export const IN_PAGE_SINK_URL = `${IN_PAGE_ORIGIN}/__sink`;

/** How often the in-page mock's engine is moved on between requests (wall ms), like the server's ticker. */
const TICK_MS = 200;

/** A running in-page mock. */
export interface InPageMock {
  /** Base URL to give the client and the control API. */
  baseUrl: string;
  /** Routes requests for {@link IN_PAGE_ORIGIN} to the mock and anything else to the network. */
  fetch: typeof fetch;
  /** notifyHook URL of the built-in sink. */
  sinkUrl: string;
  /** Stops the ticker and the mock's deliveries. */
  stop(): void;
}

/** The in-page mode cannot start (the lazy chunk failed to load). */
export class InPageUnavailableError extends Error {
  override readonly name = 'InPageUnavailableError';
}

const urlOf = (input: RequestInfo | URL) =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/**
 * Starts the mock inside the page (real clock at speed 1; the clock panel pauses and advances it).
 * @example const mock = await startInPageMock(); createMjClient({ baseUrl: mock.baseUrl, fetch: mock.fetch })
 */
export async function startInPageMock(): Promise<InPageMock> {
  let module_: typeof import('@mjkit/mock-server');
  try {
    module_ = await import('@mjkit/mock-server');
  } catch (error) {
    throw new InPageUnavailableError(`The in-page mock could not load: ${(error as Error).message}`);
  }
  const { createMock, createFetchHandler } = module_;
  // Deliveries to the sink are answered here; any other notifyHook goes out over the network.
  const deliver: typeof fetch = async (input, init) =>
    urlOf(input).startsWith(IN_PAGE_SINK_URL)
      ? new Response(null, { status: 204 })
      : globalThis.fetch(input, init);
  const mock = createMock({ clock: 'real', speed: 1, fetch: deliver, config: { imageSize: 512 } });
  const handle = createFetchHandler(mock);
  const ticker = setInterval(() => mock.engine.sync(), TICK_MS);
  const routed: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    if (!request.url.startsWith(IN_PAGE_ORIGIN)) return globalThis.fetch(request);
    if (request.url.startsWith(IN_PAGE_SINK_URL)) return new Response(null, { status: 204 });
    return handle(request);
  };
  return {
    baseUrl: IN_PAGE_ORIGIN,
    fetch: routed,
    sinkUrl: IN_PAGE_SINK_URL,
    stop() {
      clearInterval(ticker);
      mock.stop();
    },
  };
}
