/**
 * "No server" mode: the mjkit mock running inside this page (issue #15, DESIGN.md §3 "browser entry").
 * Everything the playground sends goes through the returned `fetch`, which answers from an in-page mock,
 * so the built playground works from any static host with nothing else running.
 */

/** The origin the in-page mock answers for; never reaches the network. */
export const IN_PAGE_ORIGIN = 'http://mjkit-in-page.invalid';

/** The notifyHook URL of the built-in webhook sink: deliveries to it are journaled, never sent out. */
export const IN_PAGE_SINK_URL = `${IN_PAGE_ORIGIN}/__sink`;

/** A running in-page mock. */
export interface InPageMock {
  /** Base URL to give the client and the control API. */
  baseUrl: string;
  /** Routes requests for {@link IN_PAGE_ORIGIN} to the mock and anything else to the network. */
  fetch: typeof fetch;
  /** notifyHook URL of the built-in sink. */
  sinkUrl: string;
  /** Stops the mock's clock and deliveries. */
  stop(): void;
}

/**
 * Whether this build includes the in-page mock. The in-page browser story runs only when true.
 * TODO(issue #15): set to true when `startInPageMock` is wired (see below).
 */
export const IN_PAGE_AVAILABLE: boolean = false;

/** The in-page mode cannot start in this build. */
export class InPageUnavailableError extends Error {
  override readonly name = 'InPageUnavailableError';
}

/**
 * Starts the mock inside the page.
 *
 * TODO(issue #15, architecture rewrite): `@mjkit/mock-server`'s root entry is not browser-safe yet on
 * main (it imports express and node:http). When it exports `createMock()` and
 * `createFetchHandler(mock): (Request) => Promise<Response>`, replace the body with:
 *
 *   const { createMock, createFetchHandler } = await import('@mjkit/mock-server'); // lazy chunk
 *   const mock = createMock({ clock: 'real', speed: 1, fetch: sinkFetch });
 *   const handle = createFetchHandler(mock);
 *   return { baseUrl: IN_PAGE_ORIGIN, sinkUrl: IN_PAGE_SINK_URL,
 *            fetch: routeTo(handle, sinkFetch), stop: () => mock.stop() };
 *
 * where `sinkFetch` answers 204 for `IN_PAGE_SINK_URL` (the notifications journal keeps the payloads),
 * move `@mjkit/mock-server` from devDependencies to dependencies, and set {@link IN_PAGE_AVAILABLE}
 * (the in-page story in test/browser/connection-modes.browser.test.ts then runs).
 */
export async function startInPageMock(): Promise<InPageMock> {
  throw new InPageUnavailableError(
    'The in-page mock needs the browser entry of @mjkit/mock-server, which this build does not include yet. Start the mock server (README command 1) and use "Server".',
  );
}
