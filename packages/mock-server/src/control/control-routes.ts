import {
  DEFAULT_ADVANCE_EVENTS,
  type EngineEventInfo,
  type MockState,
  mockControlContract,
} from '@mjkit/contract';
import type { z } from 'zod';
import type { ControlAccess } from '../core/control-auth';
import { digestKey, ownerOf } from '../core/digest-key';
import { entryOwner } from '../core/entry-owner';
import { taskVisibleTo } from '../core/task-visibility';
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
  /** Who called (the pre-body stage decided it); absent means full access (in-process callers). */
  access?: ControlAccess;
}

const FULL_ACCESS: ControlAccess = { scope: 'admin', owner: null, fingerprints: new Map() };

type Handler = (
  mock: Mock,
  input: { body: never; query: URLSearchParams; baseUrl: string; access: ControlAccess },
) => CoreResponse | Promise<CoreResponse>;

/** The config as answers show it: keys replaced by their fingerprints (#12 item 2: never in clear). */
const shownConfig = (mock: Mock, access: ControlAccess) => {
  const config = mock.engine.config();
  return { ...config, keys: config.keys.map((k) => access.fingerprints.get(k) ?? 'key:unknown') };
};

/** A journal entry is shown to full access, or to the key that made it. */
const visibleTo = (access: ControlAccess) => (entry: object) =>
  access.scope === 'admin' || entryOwner(entry) === access.owner;

const issuesOf = (error: z.ZodError) =>
  error.issues
    .slice(0, 10)
    .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
    .join('; ');

/** `/__mock/state`: clock, config (keys as fingerprints), counts, outcomes, and every store's bounds. */
const state = (mock: Mock, access: ControlAccess): MockState & { limits: Record<string, unknown> } => ({
  clock: mock.clock.state(),
  config: shownConfig(mock, access),
  ...mock.engine.stats(),
  outcomes: mock.engine.outcomes.list(),
  limits: mock.limitsReport(),
});

const HANDLERS: Record<ControlRouteName, Handler> = {
  state: (mock, { access }) => json(200, state(mock, access)),
  reset: (mock, { access }) => {
    mock.reset();
    return json(200, state(mock, access));
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
  advance: (mock, { body, access }: { body: { ms: number; maxEvents?: number }; access: ControlAccess }) => {
    mock.engine.sync();
    mock.clock.advance(body.ms);
    // Bounded (an 8.5 MB list for 10 000 running tasks was most of the call) and scoped to the caller.
    const max = body.maxEvents ?? DEFAULT_ADVANCE_EVENTS;
    const events: EngineEventInfo[] = [];
    let eventCount = 0;
    for (const { type, at, taskId, status, progress, record } of mock.engine.sync()) {
      if (!taskVisibleTo(access.owner, record)) continue;
      if (eventCount++ < max) events.push({ type, at, taskId, status, progress });
    }
    return json(200, { clock: mock.clock.state(), events, eventCount, truncated: eventCount > max });
  },
  getConfig: (mock, { access }) => json(200, shownConfig(mock, access)),
  patchConfig: (
    mock,
    { body, access }: { body: { profile?: string; keys?: string[] }; access: ControlAccess },
  ) => {
    if (body.profile !== undefined && !isImplementedProfile(body.profile))
      return mockError(
        'bind_request_body_failed',
        `profile ${body.profile} is not implemented in this version (implemented: ${implementedProfiles().join(', ')})`,
      );
    if (body.keys !== undefined && access.scope !== 'admin')
      return mockError('control_forbidden', 'changing keys needs the control key (--control-key)');
    // A fingerprint sent back (a GET → PATCH round trip) keeps the key it stands for.
    const byPrint = new Map([...access.fingerprints].map(([key, print]) => [print, key]));
    const keys = body.keys?.map((k) => byPrint.get(k) ?? k);
    mock.engine.configure({ ...body, ...(keys ? { keys } : {}) } as never);
    return json(200, shownConfig(mock, access));
  },
  listOutcomes: (mock) => json(200, mock.engine.outcomes.list()),
  addOutcome: (mock, { body }) => json(200, mock.engine.outcomes.add(body)),
  clearOutcomes: (mock) => json(200, mock.engine.outcomes.clear()),
  seedTask: async (
    mock,
    { body, baseUrl, access }: { body: { owner?: string }; baseUrl: string; access: ControlAccess },
  ) => {
    const { owner: ownerKey, ...seed } = body;
    // Default owner: the caller's key; seeded with the control key (or on an open mock): every key's.
    const owner =
      ownerKey !== undefined ? ownerOf(await digestKey(ownerKey.trim().replace(/^sk-/, ''))) : access.owner;
    const record = mock.engine.seed(seed as never, { owner });
    // The control API answers the mock's own task schema whatever the profile (new-api's DTO would
    // show status "" before its first poll): fetch it through the gateway to see the profile's view.
    return json(200, docTaskView(record, baseUrl));
  },
  requests: (mock, { query, access }) => listRequests(mock, query, visibleTo(access)),
  clearRequests: (mock, { access }) =>
    access.scope === 'admin'
      ? clearRequests(mock)
      : mockError('control_forbidden', 'clearing the request journal needs the control key (--control-key)'),
  listTasks: (mock, { query, baseUrl, access }) => listTasks(mock, query, baseUrl, access.owner),
  health: (mock) =>
    json(200, {
      status: 'ok',
      name: 'mjkit-mock',
      version: MOCK_SERVER_VERSION,
      profile: mock.engine.config().profile,
      clock: mock.clock.state().mode,
      tasks: Object.values(mock.engine.stats().counts).reduce((sum, n) => sum + n, 0),
    }),
  notifications: (mock, { query, access }) => {
    const taskId = query.get('taskId');
    const visible = visibleTo(access);
    return json(
      200,
      mock.notifications.list((e) => visible(e) && (!taskId || e.taskId === taskId)),
    );
  },
  getSnapshot: (mock, { access }) =>
    access.scope === 'admin'
      ? getSnapshot(mock)
      : mockError('control_forbidden', 'the whole state needs the control key (--control-key)'),
  putSnapshot: (mock, { body, access }) => {
    if (access.scope !== 'admin')
      return mockError(
        'control_forbidden',
        'replacing the whole state needs the control key (--control-key)',
      );
    const refused = putSnapshot(mock, body);
    return refused ?? json(200, state(mock, access));
  },
};

/** Routes that check their own body (a snapshot gets parseFixture's located errors, not zod's). */
const OWN_BODY_CHECK: ReadonlySet<ControlRouteName> = new Set(['putSnapshot']);

/**
 * The control API (`/__mock/*`, DESIGN.md §3), framework-free: bodies and queries are checked with the
 * contract's control schemas (400 JSON naming each problem, #12 item 14), then handled for the caller
 * the pre-body stage identified (keys shown as fingerprints, journals scoped to an API-key caller).
 */
export async function handleControl(
  mock: Mock,
  name: ControlRouteName,
  input: ControlInput,
): Promise<CoreResponse> {
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
  return HANDLERS[name](mock, {
    body: body as never,
    query: input.query,
    baseUrl: input.baseUrl,
    access: input.access ?? FULL_ACCESS,
  });
}
