import type { MockControlRouteName } from '../core/routes';
import { localErrorExamples, type NamedExample, type OperationDocs, type TagDoc } from './operation-docs';

/** The control document's sections. */
export const CONTROL_TAGS: readonly TagDoc[] = [
  { name: 'State', description: 'What the mock holds now, and a reset that keeps the config.' },
  {
    name: 'Clock',
    description: 'Real time scaled by `speed`, or a manual clock that moves only on advance.',
  },
  { name: 'Config', description: 'Pool, queue, durations, profile, banned words, quotas, keys.' },
  { name: 'Outcomes', description: 'Force the next matching request(s) to fail, queue, ban, need a modal…' },
  { name: 'Tasks', description: 'Seed a task in any status for UI and client tests; list stored tasks.' },
  { name: 'Journals', description: 'Requests the mock answered and notifyHook deliveries it made.' },
  {
    name: 'Snapshots',
    description:
      'Export the whole state as versioned JSON, or replace it (a snapshot or a seed-task fixture).',
  },
];

const ex = (summary: string, value: unknown): NamedExample => ({ summary, value });

const UNAUTHORIZED =
  'Missing or wrong control key (shape B `invalid_api_key`): the mock’s `--control-key`, else one of its ' +
  'API keys; a mock with no key at all is open.';
const BAD_BODY = 'Bad body: shape A `bind_request_body_failed` naming the field.';
const NO_ROUTE = 'Control API off (`--no-control`) or no such route: shape A `route_not_found`.';

/** Responses of a control route: its 200 text, plus 400/404 when the contract declares them. */
function route(
  tag: string,
  ok: string,
  withErrors: boolean,
  unauthorized: Record<string, unknown>,
  request?: Record<string, NamedExample>,
): OperationDocs {
  const responses: Record<number, string> = { 200: ok, 401: UNAUTHORIZED };
  const responseExamples: Record<number, Record<string, NamedExample>> = {
    401: localErrorExamples(['invalid_api_key']),
  };
  if (withErrors) {
    Object.assign(responses, { 400: BAD_BODY, 404: NO_ROUTE });
    responseExamples[400] = localErrorExamples(['bind_request_body_failed']);
  }
  return {
    tag,
    responses,
    extraResponses: { 401: unauthorized },
    ...(request ? { requestExamples: request } : {}),
    responseExamples,
  };
}

/** Adds the 413 a snapshot import answers past its own size limit. */
function withTooLarge(docs: OperationDocs): OperationDocs {
  return {
    ...docs,
    responses: {
      ...docs.responses,
      413: 'Over the snapshot size limit (default 256 MiB; `snapshotLimit` option): shape A `request_body_too_large`.',
    },
  };
}

/**
 * Docs of every control route; a route missing here fails to compile. `unauthorized` is the 401
 * response object (the key check runs before the contract's handlers, so the contract has no 401).
 */
export function controlOperationDocs(
  unauthorized: Record<string, unknown>,
): Readonly<Record<MockControlRouteName, OperationDocs>> {
  const r = (
    tag: string,
    ok: string,
    withErrors: boolean,
    request?: Record<string, NamedExample>,
  ): OperationDocs => route(tag, ok, withErrors, unauthorized, request);
  return {
    state: r(
      'State',
      'Clock, config, task counts by status, running and queued tasks, forced outcomes.',
      false,
    ),
    reset: r('State', 'The state after the reset: no tasks, journals or outcomes; config kept.', false),
    setClock: r('Clock', 'The clock after the switch.', true, {
      manual: ex('Manual clock (tests)', { mode: 'manual' }),
      fast: ex('Real clock, ten times faster', { mode: 'real', speed: 10 }),
    }),
    advance: r('Clock', 'The clock and the engine events that fired while advancing, in order.', true, {
      tenSeconds: ex('Ten simulated seconds: an imagine finishes', { ms: 10_000 }),
    }),
    getConfig: r('Config', 'The whole config (keys included: the control API is the mock’s owner).', false),
    patchConfig: r('Config', 'The whole config after the change.', true, {
      smallPool: ex('One task at a time, two may wait', { concurrency: 1, queueSize: 2 }),
      banned: ex('Ban a word (imagine answers code 24)', { bannedWords: ['bloody'] }),
    }),
    listOutcomes: r('Outcomes', 'Forced outcomes still waiting, oldest first.', false),
    addOutcome: r('Outcomes', 'The stored rule with its id and remaining count.', true, {
      fail: ex('Next imagine fails', {
        outcome: 'fail',
        reason: 'mock failure',
        match: { route: 'imagine' },
      }),
      queueFull: ex('Next two submits answer 23', { outcome: 'queue-full', count: 2 }),
    }),
    clearOutcomes: r('Outcomes', 'The rules that were removed.', false),
    seedTask: r('Tasks', 'The seeded task, as fetch returns it.', true, {
      success: ex('A finished imagine with buttons', { action: 'IMAGINE', status: 'SUCCESS', prompt: 'Cat' }),
      failed: ex('A failed task', { status: 'FAILURE', prompt: 'Cat', failReason: 'banned prompt' }),
    }),
    requests: r(
      'Journals',
      'Request journal, newest last (bounded; `limit` default 100), filtered by route, task and time.',
      true,
    ),
    notifications: r('Journals', 'notifyHook delivery attempts (bounded), optionally for one task.', false),
    listTasks: r('Tasks', 'One page of tasks (oldest first) and the total matching the filter.', true),
    clearRequests: r('Journals', 'How many request journal entries were removed.', false),
    health: r('State', 'The mock is up: name, version, profile, clock mode and tasks stored.', false),
    getSnapshot: r(
      'Snapshots',
      'The whole state (`version` 1): engine (tasks, queue, running, random state, outcomes, config without keys), clock, journals, uploads (base64), pending deliveries.',
      false,
    ),
    putSnapshot: withTooLarge(
      r('Snapshots', 'The state after the import, as `GET /__mock/state` returns it.', true, {
        seedList: ex('A hand-written fixture', {
          description: 'one finished grid',
          tasks: [{ action: 'IMAGINE', status: 'SUCCESS', prompt: 'a red fox' }],
        }),
      }),
    ),
  };
}
