import { type MockState, mockControlContract } from '@mjkit/contract';
import type { z } from 'zod';
import type { ControlRouteName } from '../core/route-match';
import { json, type CoreResponse } from '../core/http-types';
import { mockError } from '../core/mock-errors';
import type { Mock } from '../mock/create-mock';
import { docTaskView } from '../profiles/doc/doc-task-view';
import { getSnapshot, putSnapshot } from './snapshot-routes';
import { implementedProfiles, isImplementedProfile } from '../profiles/registry';
import { MOCK_SERVER_VERSION } from '../version';
import { clearRequests, listRequests } from './journal-query';
import { listTasks } from './list-tasks';

/** A control route's input. */
export interface ControlInput {
  body: unknown;
  query: URLSearchParams;
  baseUrl: string;
}

type Handler = (mock: Mock, input: { body: never; query: URLSearchParams; baseUrl: string }) => CoreResponse;

const issuesOf = (error: z.ZodError) =>
  error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
    .join('; ');

/** `/__mock/state`: clock, config (keys included until #12.2), counts, outcomes, and every store's bounds. */
const state = (mock: Mock): MockState & { limits: Record<string, unknown> } => ({
  clock: mock.clock.state(),
  config: mock.engine.config(),
  ...mock.engine.stats(),
  outcomes: mock.engine.outcomes.list(),
  limits: mock.limitsReport(),
});

const HANDLERS: Record<ControlRouteName, Handler> = {
  state: (mock) => json(200, state(mock)),
  reset: (mock) => {
    mock.reset();
    return json(200, state(mock));
  },
  setClock: (mock, { body }) => {
    try {
      const clock = mock.clock.set(body);
      mock.engine.sync();
      return json(200, clock);
    } catch (e) {
      return mockError('bind_request_body_failed', (e as Error).message);
    }
  },
  advance: (mock, { body }: { body: { ms: number } }) => {
    mock.engine.sync();
    mock.clock.advance(body.ms);
    const events = mock.engine
      .sync()
      .map(({ type, at, taskId, status, progress }) => ({ type, at, taskId, status, progress }));
    return json(200, { clock: mock.clock.state(), events });
  },
  getConfig: (mock) => json(200, mock.engine.config()),
  patchConfig: (mock, { body }: { body: { profile?: string } }) => {
    if (body.profile !== undefined && !isImplementedProfile(body.profile))
      return mockError(
        'bind_request_body_failed',
        `profile ${body.profile} is not implemented in this version (implemented: ${implementedProfiles().join(', ')})`,
      );
    return json(200, mock.engine.configure(body as never));
  },
  listOutcomes: (mock) => json(200, mock.engine.outcomes.list()),
  addOutcome: (mock, { body }) => json(200, mock.engine.outcomes.add(body)),
  clearOutcomes: (mock) => json(200, mock.engine.outcomes.clear()),
  // The control API answers the mock's own task schema whatever the profile (new-api's DTO would
  // show status "" before its first poll): fetch it through the gateway to see the profile's view.
  seedTask: (mock, { body, baseUrl }) => json(200, docTaskView(mock.engine.seed(body), baseUrl)),
  requests: (mock, { query }) => listRequests(mock, query),
  clearRequests: (mock) => clearRequests(mock),
  listTasks: (mock, { query, baseUrl }) => listTasks(mock, query, baseUrl),
  health: (mock) =>
    json(200, {
      status: 'ok',
      name: 'mjkit-mock',
      version: MOCK_SERVER_VERSION,
      profile: mock.engine.config().profile,
      clock: mock.clock.state().mode,
      tasks: Object.values(mock.engine.stats().counts).reduce((sum, n) => sum + n, 0),
    }),
  notifications: (mock, { query }) => {
    const taskId = query.get('taskId');
    return json(200, mock.notifications.list(taskId ? (e) => e.taskId === taskId : undefined));
  },
  getSnapshot: (mock) => getSnapshot(mock),
  putSnapshot: (mock, { body }) => {
    const refused = putSnapshot(mock, body);
    return refused ?? json(200, state(mock));
  },
};

/** Routes that check their own body (a snapshot gets parseFixture's located errors, not zod's). */
const OWN_BODY_CHECK: ReadonlySet<ControlRouteName> = new Set(['putSnapshot']);

/**
 * The control API (`/__mock/*`, DESIGN.md §3), framework-free: bodies and queries are checked with the
 * contract's control schemas (400 JSON naming each problem), then handled.
 */
export function handleControl(mock: Mock, name: ControlRouteName, input: ControlInput): CoreResponse {
  const route = mockControlContract[name] as { body?: z.ZodType; query?: z.ZodType };
  let body = input.body;
  if (route.body && !OWN_BODY_CHECK.has(name)) {
    const parsed = route.body.safeParse(body);
    if (!parsed.success) return mockError('bind_request_body_failed', issuesOf(parsed.error));
    body = parsed.data;
  }
  if (route.query) {
    const parsed = route.query.safeParse(Object.fromEntries(input.query));
    if (!parsed.success) return mockError('bind_request_body_failed', issuesOf(parsed.error));
  }
  return HANDLERS[name](mock, { body: body as never, query: input.query, baseUrl: input.baseUrl });
}
