import { c } from './contract-builder';
import { MOCK_CONTROL_ROUTES as R } from './core/routes';
import { ShapeAErrorSchema } from './schemas/errors';
import { z } from 'zod';
import {
  ClockStateSchema,
  MAX_CLOCK_SPEED,
  MockConfigPatchSchema,
  MockConfigSchema,
} from './schemas/mock-config';
import {
  DEFAULT_ADVANCE_EVENTS,
  EngineEventSchema,
  MAX_ADVANCE_EVENTS,
  MockHealthSchema,
  MockStateSchema,
  NotificationLogEntrySchema,
  RequestJournalQuerySchema,
  RequestLogEntrySchema,
  TaskListQuerySchema,
  TaskPageSchema,
} from './schemas/mock-journals';
import { OutcomeRuleSchema, SeedTaskSchema, StoredOutcomeSchema } from './schemas/mock-outcomes';
import { MockSnapshotSchema, SeedTaskListSchema } from './schemas/mock-snapshot';
import { TaskSchema } from './schemas/task';

export * from './schemas/mock-config';
export * from './schemas/mock-journals';
export * from './schemas/mock-outcomes';
export * from './schemas/mock-snapshot';

/**
 * The mock's control API (`/__mock/*`, DESIGN.md §3): mock-only, never part of the gateway document.
 * One route per concern; tests and the playground drive the clock, config and outcomes through it.
 */

const err = { 400: ShapeAErrorSchema, 404: ShapeAErrorSchema };

/** The control API router (mock-only). */
export const mockControlContract = /* @__PURE__ */ c.router(
  {
    state: {
      ...R.state,
      responses: { 200: MockStateSchema },
      summary: 'Snapshot',
      description: 'Clock, config, task counts by status, running and queued tasks, forced outcomes waiting.',
    },
    reset: {
      ...R.reset,
      body: z.object({}).optional(),
      responses: { 200: MockStateSchema },
      summary: 'Empty the store, journals and outcomes; keep config',
      description: 'Tasks, images, journals and forced outcomes go; the config and the clock mode stay.',
    },
    setClock: {
      ...R.setClock,
      body: z.object({
        mode: z.enum(['real', 'manual']).optional(),
        speed: z
          .number()
          .positive()
          .max(MAX_CLOCK_SPEED)
          .optional()
          .meta({ description: `At most ${MAX_CLOCK_SPEED}: faster clocks outgrow 16-digit task ids.` }),
      }),
      responses: { 200: ClockStateSchema, ...err },
      summary: 'Switch the clock or its speed',
      description:
        '`manual` stops simulated time until `/__mock/clock/advance`; `real` runs it at `speed` times real time.',
    },
    advance: {
      ...R.advance,
      body: z.object({
        ms: z.number().min(0).max(86_400_000),
        maxEvents: z
          .int()
          .min(0)
          .max(MAX_ADVANCE_EVENTS)
          .optional()
          .meta({ description: `Most events listed in the answer (default ${DEFAULT_ADVANCE_EVENTS}).` }),
      }),
      responses: {
        200: z.object({
          clock: ClockStateSchema,
          events: z.array(EngineEventSchema),
          eventCount: z.int().min(0).meta({ description: 'Events that fired, listed or not.' }),
          truncated: z.boolean().meta({ description: 'Whether `events` stops at `maxEvents`.' }),
        }),
        ...err,
      },
      summary: 'Move the manual clock; returns the events that fired',
      description: `Advances simulated time by \`ms\` (at most one day) and runs every task step that falls due, in order. The answer lists the first \`maxEvents\` events (default ${DEFAULT_ADVANCE_EVENTS}, at most ${MAX_ADVANCE_EVENTS}) and counts every one the caller may see; an API-key caller (no control key) sees its own tasks' events and those of shared tasks (seeded with the control key or made on an open mock).`,
    },
    getConfig: {
      ...R.getConfig,
      responses: { 200: MockConfigSchema },
      summary: 'Config',
      description: 'Everything that can be changed at run time.',
    },
    patchConfig: {
      ...R.patchConfig,
      body: MockConfigPatchSchema,
      responses: { 200: MockConfigSchema, ...err },
      summary: 'Change config',
      description:
        'Merges the given fields (nested `durations` and `notify` too) and returns the whole config.',
    },
    listOutcomes: {
      ...R.listOutcomes,
      responses: { 200: z.array(StoredOutcomeSchema) },
      summary: 'Forced outcomes waiting',
      description: 'Rules added with POST /__mock/outcomes that still have matches left.',
    },
    addOutcome: {
      ...R.addOutcome,
      body: OutcomeRuleSchema,
      responses: { 200: StoredOutcomeSchema, ...err },
      summary: 'Force the outcome of the next matching request(s)',
      description:
        'The next `count` requests matching `match` get the outcome; the `X-Mock-Outcome` header does the same for one request.',
    },
    clearOutcomes: {
      ...R.clearOutcomes,
      body: z.object({}).optional(),
      responses: { 200: z.array(StoredOutcomeSchema) },
      summary: 'Remove all forced outcomes',
      description: 'Returns the rules that were removed.',
    },
    seedTask: {
      ...R.seedTask,
      body: SeedTaskSchema,
      responses: { 200: TaskSchema, ...err },
      summary: 'Create a task in any status',
      description:
        'A SUCCESS imagine gets its grid image and buttons, so UIs can start from a finished task.',
    },
    requests: {
      ...R.requests,
      query: RequestJournalQuerySchema,
      responses: { 200: z.array(RequestLogEntrySchema), ...err },
      summary: 'Request journal, newest last',
      description:
        'Method, path, route, task id, status, duration and a body summary of recent requests (bounded), filtered by `route`, `taskId` and `since`.',
    },
    notifications: {
      ...R.notifications,
      query: z.object({ taskId: z.string().optional() }),
      responses: { 200: z.array(NotificationLogEntrySchema) },
      summary: 'notifyHook delivery journal',
      description: 'Every delivery attempt: URL, attempt, status, duration, error and the payload sent.',
    },
    listTasks: {
      ...R.listTasks,
      query: TaskListQuerySchema,
      responses: { 200: TaskPageSchema, ...err },
      summary: 'List tasks (paged)',
      description:
        'Every stored task of every key, oldest first, as fetch shows it; `status` filters, `limit`/`offset` page.',
    },
    clearRequests: {
      ...R.clearRequests,
      responses: { 200: z.object({ cleared: z.int() }) },
      summary: 'Empty the request journal only',
      description: 'Tasks, outcomes and the delivery journal stay; returns how many entries went.',
    },
    health: {
      ...R.health,
      responses: { 200: MockHealthSchema },
      summary: 'Health',
      description: 'Answers 200 while the mock serves: name, version, profile, clock mode, tasks stored.',
    },
    getSnapshot: {
      ...R.getSnapshot,
      responses: { 200: MockSnapshotSchema },
      summary: 'The whole state as versioned JSON',
      description:
        'Tasks, queue, running slots, clock, random state, forced outcomes, uploads, journals and pending notifyHook deliveries. No keys: owners are key digests.',
    },
    putSnapshot: {
      ...R.putSnapshot,
      body: z.union([MockSnapshotSchema, SeedTaskListSchema]),
      responses: { 200: MockStateSchema, ...err, 413: ShapeAErrorSchema },
      summary: 'Replace the whole state',
      description:
        'A snapshot from GET /__mock/snapshot, or `{"tasks": [SeedTask…]}`. Its own size limit (default 256 MiB), far above the API body limit. Errors are located (`tasks[3].status: …`); the state is unchanged when refused. Keys and quotas stay as configured.',
    },
  },
  { strictStatusCodes: true },
);
