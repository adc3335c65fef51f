import type {
  ClockState,
  EngineEventInfo,
  MockConfig,
  MockConfigPatch,
  MockHealth,
  MockSnapshotDocument,
  MockState,
  NotificationLogEntry,
  OutcomeRule,
  RequestJournalQuery,
  RequestLogEntry,
  SeedTask,
  SeedTaskList,
  StoredOutcome,
  Task,
  TaskListQuery,
  TaskPage,
} from '@mjkit/contract';
import { MOCK_CONTROL_ROUTES, type MockControlRouteName } from '@mjkit/contract/core';
import { createFetcher } from '../fetcher';
import { MockControlError } from './mock-control-error';

/** Options of {@link createMockControl}. */
export interface MockControlOptions {
  /** `fetch` to use: the platform's by default, or an in-process handler (no port needed). */
  fetch?: typeof fetch;
}

/** A typed client of the mock's control API (`/__mock/*`, DESIGN.md §3). */
export interface MockControl {
  /** Clock, config, task counts, queue depth and forced outcomes. */
  state(): Promise<MockState>;
  /** Empties the store, journals and forced outcomes; keeps the config. */
  reset(): Promise<MockState>;
  /** Switches the clock (`real`/`manual`) or its speed. */
  setClock(clock: { mode?: 'real' | 'manual'; speed?: number }): Promise<ClockState>;
  /**
   * Moves the manual clock by `ms`; returns the events that fired meanwhile, in order: the first
   * `maxEvents` (default 1 000), with `eventCount` and `truncated` saying whether there were more.
   */
  advance(
    ms: number,
    options?: { maxEvents?: number },
  ): Promise<{ clock: ClockState; events: EngineEventInfo[]; eventCount: number; truncated: boolean }>;
  getConfig(): Promise<MockConfig>;
  patchConfig(patch: MockConfigPatch): Promise<MockConfig>;
  /** Forced outcomes still waiting. */
  listOutcomes(): Promise<StoredOutcome[]>;
  /** Forces the outcome of the next matching request(s). */
  addOutcome(rule: OutcomeRule): Promise<StoredOutcome>;
  /** Removes every forced outcome; returns the removed ones. */
  clearOutcomes(): Promise<StoredOutcome[]>;
  /** Creates a task in any status (default SUCCESS), e.g. a finished imagine with buttons. */
  seedTask(seed?: SeedTask): Promise<Task>;
  /**
   * The request journal, newest last; filter by `route` (name or path), `taskId` and `since`
   * (simulated epoch ms, inclusive).
   */
  requests(query?: RequestJournalQuery): Promise<RequestLogEntry[]>;
  /** Empties the request journal alone (tasks, outcomes and deliveries stay); returns how many went. */
  clearRequests(): Promise<{ cleared: number }>;
  /** One page of stored tasks (every key's), oldest first; filter by `status`, page with `limit`/`offset`. */
  listTasks(query?: TaskListQuery): Promise<TaskPage>;
  /** Name, version, profile, clock mode and task count: answers while the mock serves. */
  health(): Promise<MockHealth>;
  /** The notifyHook delivery journal. */
  notifications(query?: { taskId?: string }): Promise<NotificationLogEntry[]>;
  /** The whole state as versioned JSON (no keys: owners are key digests). */
  getSnapshot(): Promise<MockSnapshotDocument>;
  /**
   * Replaces the whole state with a snapshot from {@link MockControl.getSnapshot} or a seed-task list
   * (`{tasks: [...]}`); a refused document throws `MockControlError` (400, every problem located).
   */
  putSnapshot(snapshot: MockSnapshotDocument | SeedTaskList): Promise<MockState>;
}

/**
 * Creates a typed control client over the contract's control routes; zod-free at run time.
 * `key` is sent as `Authorization: Bearer <key>` (the mock asks for its control key, or an API key).
 * @example
 * const control = createMockControl('http://127.0.0.1:8080', 'ctl-key');
 * await control.setClock({ mode: 'manual' });
 * const { events } = await control.advance(10_000);
 */
export function createMockControl(
  baseUrl: string,
  key?: string,
  options: MockControlOptions = {},
): MockControl {
  const base = baseUrl.replace(/\/+$/, '');
  const fetcher = createFetcher(
    options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args)),
  );
  const call = async <T>(
    name: MockControlRouteName,
    body?: unknown,
    query?: Record<string, string | number | undefined>,
  ): Promise<T> => {
    const route = MOCK_CONTROL_ROUTES[name];
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) search.set(k, String(v));
    const headers: Record<string, string> = {};
    if (key) headers.authorization = `Bearer ${key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const qs = search.toString();
    const res = await fetcher({
      path: `${base}${route.path}${qs ? `?${qs}` : ''}`,
      method: route.method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (res.status < 200 || res.status > 299) throw new MockControlError(name, res.status, res.body);
    return res.body as T;
  };
  return {
    state: () => call('state'),
    reset: () => call('reset', {}),
    setClock: (clock) => call('setClock', clock),
    advance: (ms, options = {}) => call('advance', { ms, ...options }),
    getConfig: () => call('getConfig'),
    patchConfig: (patch) => call('patchConfig', patch),
    listOutcomes: () => call('listOutcomes'),
    addOutcome: (rule) => call('addOutcome', rule),
    clearOutcomes: () => call('clearOutcomes'),
    seedTask: (seed = {}) => call('seedTask', seed),
    requests: (query = {}) => call('requests', undefined, query),
    clearRequests: () => call('clearRequests'),
    listTasks: (query = {}) => call('listTasks', undefined, query),
    health: () => call('health'),
    notifications: (query = {}) => call('notifications', undefined, query),
    getSnapshot: () => call('getSnapshot'),
    putSnapshot: (snapshot) => call('putSnapshot', snapshot),
  };
}
