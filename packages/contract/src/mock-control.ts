import { z } from 'zod';
import { c } from './contract-builder';
import { MOCK_CONTROL_ROUTES as R } from './core/routes';
import { PROFILES } from './profiles';
import { ShapeAErrorSchema } from './schemas/errors';
import { TaskSchema } from './schemas/task';
import { TASK_ACTIONS } from './task-action';
import { TASK_STATUSES } from './task-status';
import { UPSTREAM_VARIANTS } from './upstream-texts';

/**
 * The mock's control API (`/__mock/*`, DESIGN.md §3): mock-only, never part of the gateway document.
 * One route per concern; tests and the playground drive the clock, config and outcomes through it.
 */

/** Fastest real-clock multiplier: beyond it simulated time soon outgrows the gateway's 16-digit ids. */
export const MAX_CLOCK_SPEED = 1_000;

/** The clock: `real` (scaled by `speed`) or `manual` (moves only on advance). */
export const ClockStateSchema = z
  .object({
    mode: z.enum(['real', 'manual']),
    now: z.number().meta({ description: 'Simulated epoch ms.' }),
    speed: z.number().positive().meta({ description: 'Real-clock multiplier: 10 runs ten times faster.' }),
  })
  .meta({ id: 'MockClock' });

/** Durations in simulated ms at speed 1. */
export const DurationsSchema = z.object({
  startMs: z.int().min(0).meta({ description: 'SUBMITTED → IN_PROGRESS.' }),
  imagineMs: z.int().min(0),
  upscaleMs: z.int().min(0),
  describeMs: z.int().min(0),
  videoMs: z.int().min(0),
});

/** Everything that can be configured at run time. */
export const MockConfigSchema = z
  .object({
    profile: z.enum(PROFILES),
    concurrency: z.int().min(1).meta({ description: 'Tasks running at once (upstream default 3).' }),
    queueSize: z.int().min(0).meta({ description: 'Tasks that may wait (upstream default 10).' }),
    timeoutMs: z.int().min(1).meta({ description: 'A running task fails with 任务超时 after this.' }),
    durations: DurationsSchema,
    bannedWords: z.array(z.string()),
    keys: z.array(z.string()).meta({
      description:
        'Accepted API keys; empty means open. Answers show fingerprints (`key:` + 8 hex digits of the SHA-256), never keys; a fingerprint sent back in a PATCH keeps that key.',
    }),
    quotas: z
      .record(z.string(), z.int().min(0))
      .meta({ description: 'Submits left per key; absent means unlimited.' }),
    remix: z.boolean().meta({ description: 'Remix on: variation, pan, reroll and animate answer code 21.' }),
    imageSize: z.int().min(64).max(2048).meta({ description: 'Grid edge in pixels.' }),
    notify: z.object({
      concurrency: z.int().min(1),
      timeoutMs: z.int().min(1),
      retries: z.int().min(0).meta({ description: 'Extra attempts after a failure (0, like the upstream).' }),
    }),
    upstream: z.enum(UPSTREAM_VARIANTS).meta({
      description:
        'Which midjourney-proxy answers (profiles.md §2): `nz` (novicezk) or `ta` (trueai, default). ' +
        'The `midjourney-proxy` profile is that variant; `new-api` passes its codes through (23 vs 9).',
    }),
    newApi: z
      .object({
        notifyEnabled: z.boolean().meta({
          description:
            "new-api's `MjNotifyEnabled` (default false): off, the gateway strips notifyHook and accountFilter.",
        }),
      })
      .meta({ description: 'Switches of the new-api gateway itself (profile `new-api`).' }),
  })
  .meta({ id: 'MockConfig' });

/**
 * A partial config for PATCH. Strict at every level: a misspelt key (`{"concurrncy": 2}`) is a 400
 * naming it, never a silent no-op (issue 14 point 10).
 */
export const MockConfigPatchSchema = MockConfigSchema.partial()
  .extend({
    durations: DurationsSchema.partial().strict().optional(),
    notify: MockConfigSchema.shape.notify.partial().strict().optional(),
    newApi: MockConfigSchema.shape.newApi.partial().strict().optional(),
  })
  .strict();

/** Forced outcomes (also the `X-Mock-Outcome` header's values). */
export const OUTCOMES = ['fail', 'banned', 'queue-full', 'modal', 'slow', 'http-error'] as const;

/** One forced outcome rule. */
export const OutcomeRuleSchema = z
  .object({
    outcome: z.enum(OUTCOMES),
    count: z
      .int()
      .min(1)
      .optional()
      .meta({ description: 'How many matching requests it applies to (default 1).' }),
    reason: z.string().optional().meta({ description: 'failReason for `fail`.' }),
    status: z.int().min(200).max(599).optional().meta({
      description:
        'HTTP status for `http-error` (default 500); a 2xx with a wrong `body` imitates a broken gateway.',
    }),
    body: z.unknown().optional().meta({ description: 'Body for `http-error`, sent as is.' }),
    factor: z
      .number()
      .positive()
      .optional()
      .meta({ description: 'Duration multiplier for `slow` (default 5).' }),
    match: z
      .object({
        promptContains: z.string().optional(),
        route: z
          .string()
          .optional()
          .meta({ description: 'Route name (`imagine`) or path (`/mj/submit/imagine`).' }),
      })
      .optional(),
  })
  .meta({ id: 'OutcomeRule' });

/** A stored rule with its id and remaining count. */
export const StoredOutcomeSchema = OutcomeRuleSchema.extend({ id: z.string(), remaining: z.int() });

/** Seed a task in any status. */
export const SeedTaskSchema = z
  .object({
    action: z.enum(TASK_ACTIONS).optional(),
    status: z.enum(TASK_STATUSES).optional().meta({ description: 'Default SUCCESS.' }),
    prompt: z.string().optional(),
    progress: z
      .string()
      .regex(/^(\d{1,3}%)?$/)
      .optional()
      .meta({ description: "`NN%` or empty (the gateway's progress shape)." }),
    failReason: z.string().optional(),
    state: z.string().optional(),
    notifyHook: z.string().optional(),
    imageUrl: z.string().optional().meta({
      description:
        'Image the task shows (kept as given: an absolute URL, or a path served by the mock); default: a rendered one.',
    }),
    owner: z.string().optional().meta({
      description:
        "API key that owns the task (only its holder sees it). Default: the caller's API key; seeded with the control key or on an open mock, every key sees it.",
    }),
  })
  .meta({ id: 'SeedTask' });

/** An engine event, as the advance route and the playground see it. */
export const EngineEventSchema = z.object({
  type: z.enum(['created', 'status', 'progress', 'finished', 'deleted']),
  at: z.number(),
  taskId: z.string(),
  status: z.enum(TASK_STATUSES),
  progress: z.string(),
});

/** Snapshot of the mock. */
export const MockStateSchema = z.object({
  clock: ClockStateSchema,
  config: MockConfigSchema,
  counts: z.record(z.string(), z.int()),
  running: z.int(),
  queued: z.int(),
  outcomes: z.array(StoredOutcomeSchema),
});

/** One request journal entry. */
export const RequestLogEntrySchema = z.object({
  at: z.number(),
  method: z.string(),
  path: z.string(),
  status: z.int(),
  ms: z.number(),
  body: z.string().meta({ description: 'Summary of the request body (long strings cut, secrets masked).' }),
  route: z
    .string()
    .optional()
    .meta({ description: 'Route name (`imagine`, `fetchTask`, `state`…), if matched.' }),
  taskId: z.string().optional().meta({ description: 'Task the request was about: path, body or answer.' }),
});

/** Filters of the request journal. */
export const RequestJournalQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(1000).optional().meta({ description: 'Newest N (default 100).' }),
  route: z
    .string()
    .optional()
    .meta({ description: 'Route name (`fetchTask`) or path without query (`/mj/submit/imagine`).' }),
  taskId: z.string().optional(),
  since: z.coerce
    .number()
    .min(0)
    .optional()
    .meta({ description: 'Simulated epoch ms: entries at or after it (`at` of an entry, or `clock.now`).' }),
});

/** Filters and page of the task list. */
export const TaskListQuerySchema = z.object({
  status: z.enum(TASK_STATUSES).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional().meta({ description: 'Page size (default 50).' }),
  offset: z.coerce.number().int().min(0).optional().meta({ description: 'Tasks to skip (default 0).' }),
});

/** One page of tasks, oldest first. */
export const TaskPageSchema = z
  .object({
    total: z.int().meta({ description: 'Tasks matching the filter, all pages.' }),
    offset: z.int(),
    limit: z.int(),
    tasks: z.array(TaskSchema),
  })
  .meta({ id: 'MockTaskPage' });

/** Liveness and identity of a running mock. */
export const MockHealthSchema = z
  .object({
    status: z.literal('ok'),
    name: z.literal('mjkit-mock'),
    version: z.string(),
    profile: z.enum(PROFILES),
    clock: z.enum(['real', 'manual']),
    tasks: z.int().meta({ description: 'Tasks stored.' }),
  })
  .meta({ id: 'MockHealth' });

/** One notifyHook delivery attempt. */
export const NotificationLogEntrySchema = z.object({
  at: z.number(),
  taskId: z.string(),
  url: z.string(),
  attempt: z.int(),
  status: z.int().nullable(),
  ms: z.number(),
  error: z.string().nullable(),
  payload: TaskSchema,
});

/** A notifyHook delivery still owed, in a snapshot: re-sent with the same id after an import or restart. */
export const PendingDeliverySchema = z.object({
  id: z
    .string()
    .meta({ description: 'Stable delivery id (`<taskId>-<rank×100>`), sent as `X-Mjkit-Delivery-Id`.' }),
  taskId: z.string(),
  url: z.string(),
  body: z.string().meta({ description: 'The payload as rendered when the change happened.' }),
  attempts: z.int().min(0),
});

/**
 * The whole mock as versioned JSON (`GET`/`PUT /__mock/snapshot`, issue #17). Keys never appear: task
 * owners are key digests, and `engine.config` carries no `keys` or `quotas` (an import keeps the running
 * mock's). Task records are the engine's own shape, checked on import with located errors.
 */
export const MockSnapshotSchema = z
  .looseObject({
    version: z.literal(1),
    engine: z.looseObject({
      version: z.literal(1),
      tasks: z.array(z.looseObject({ task: z.looseObject({ id: z.string() }) })),
    }),
    clock: ClockStateSchema,
    journals: z.object({ requests: z.array(z.unknown()), notifications: z.array(z.unknown()) }),
    uploads: z.array(z.object({ name: z.string(), contentType: z.string(), base64: z.string() })),
    deliveries: z.array(PendingDeliverySchema),
  })
  .meta({ id: 'MockSnapshot' });

/** A hand-written fixture: seed tasks created in order after the state is emptied. */
export const SeedTaskListSchema = z
  .object({ description: z.string().optional(), tasks: z.array(SeedTaskSchema) })
  .meta({ id: 'SeedTaskList' });

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
      body: z.object({ ms: z.number().min(0).max(86_400_000) }),
      responses: { 200: z.object({ clock: ClockStateSchema, events: z.array(EngineEventSchema) }), ...err },
      summary: 'Move the manual clock; returns the events that fired',
      description:
        'Advances simulated time by `ms` (at most one day) and runs every task step that falls due, in order.',
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

/** Runtime config of the mock. */
export type MockConfig = z.infer<typeof MockConfigSchema>;
/** A config patch. */
export type MockConfigPatch = z.infer<typeof MockConfigPatchSchema>;
/** A forced outcome name. */
export type Outcome = (typeof OUTCOMES)[number];
/** A forced outcome rule. */
export type OutcomeRule = z.infer<typeof OutcomeRuleSchema>;
/** A stored forced outcome. */
export type StoredOutcome = z.infer<typeof StoredOutcomeSchema>;
/** A seed-task request. */
export type SeedTask = z.infer<typeof SeedTaskSchema>;
/** An engine event. */
export type EngineEventInfo = z.infer<typeof EngineEventSchema>;
/** Filters of the request journal. */
export type RequestJournalQuery = z.infer<typeof RequestJournalQuerySchema>;
/** Filters and page of the task list. */
export type TaskListQuery = z.infer<typeof TaskListQuerySchema>;
/** One page of tasks. */
export type TaskPage = z.infer<typeof TaskPageSchema>;
/** The health answer. */
export type MockHealth = z.infer<typeof MockHealthSchema>;
/** A request journal entry. */
export type RequestLogEntry = z.infer<typeof RequestLogEntrySchema>;
/** A delivery journal entry. */
export type NotificationLogEntry = z.infer<typeof NotificationLogEntrySchema>;
/** Clock state. */
export type ClockState = z.infer<typeof ClockStateSchema>;
/** Mock state snapshot. */
export type MockState = z.infer<typeof MockStateSchema>;
/** A pending delivery in a snapshot. */
export type PendingDeliveryInfo = z.infer<typeof PendingDeliverySchema>;
/** The snapshot document of `GET /__mock/snapshot` (task records typed loosely). */
export type MockSnapshotDocument = z.infer<typeof MockSnapshotSchema>;
/** A hand-written seed-task fixture. */
export type SeedTaskList = z.infer<typeof SeedTaskListSchema>;
