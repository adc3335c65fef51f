import { z } from 'zod';
import { TASK_ACTIONS } from '../task-action';
import { TASK_STATUSES } from '../task-status';

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

/** A forced outcome name. */
export type Outcome = (typeof OUTCOMES)[number];
/** A forced outcome rule. */
export type OutcomeRule = z.infer<typeof OutcomeRuleSchema>;
/** A stored forced outcome. */
export type StoredOutcome = z.infer<typeof StoredOutcomeSchema>;
/** A seed-task request. */
export type SeedTask = z.infer<typeof SeedTaskSchema>;
