import { z } from 'zod';
import { PROFILES } from '../profiles';
import { TASK_STATUSES } from '../task-status';
import { ClockStateSchema, MockConfigSchema } from './mock-config';
import { StoredOutcomeSchema } from './mock-outcomes';
import { TaskSchema } from './task';

/** Events listed by one `/__mock/clock/advance` answer unless `maxEvents` says otherwise. */
export const DEFAULT_ADVANCE_EVENTS = 1_000;
/** Most events one advance answer may list (10 000 running tasks fire ~80 000 in ten minutes). */
export const MAX_ADVANCE_EVENTS = 100_000;

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
/** Mock state snapshot. */
export type MockState = z.infer<typeof MockStateSchema>;
