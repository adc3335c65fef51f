/**
 * `GET /__mock/snapshot` and `PUT /__mock/snapshot` (issue #17): the whole state as versioned JSON, and
 * its replacement by a snapshot or a hand-written seed-task list. The body arrives parsed (within its own
 * size limit, `snapshotLimit`); it is checked with the fixture parser's located errors, and a refused
 * document leaves the state untouched.
 */
import { json, type CoreResponse } from '../core/http-types';
import { mockError } from '../core/mock-errors';
import { applyFixture } from '../fixtures/apply-fixture';
import { FixtureError } from '../fixtures/fixture-error';
import { checkFixture } from '../fixtures/parse-fixture';
import type { Mock } from '../mock/create-mock';

/** The whole state (no keys: owners are digests, the config's keys and quotas are emptied). */
export function getSnapshot(mock: Mock): CoreResponse {
  return json(200, mock.snapshot());
}

/** Replaces the state with `body`; returns the refusal (400, every problem located) or `undefined`. */
export function putSnapshot(mock: Mock, body: unknown): CoreResponse | undefined {
  try {
    applyFixture(mock, checkFixture(body));
    return undefined;
  } catch (error) {
    if (!(error instanceof FixtureError)) throw error;
    // One line per issue, as the CLI prints them; the description stays one JSON string.
    return mockError('bind_request_body_failed', error.message);
  }
}
