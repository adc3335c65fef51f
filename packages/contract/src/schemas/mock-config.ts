import { z } from 'zod';
import { PROFILES } from '../profiles';
import { UPSTREAM_VARIANTS } from '../upstream-texts';

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

/** Runtime config of the mock. */
export type MockConfig = z.infer<typeof MockConfigSchema>;
/** A config patch. */
export type MockConfigPatch = z.infer<typeof MockConfigPatchSchema>;
/** Clock state. */
export type ClockState = z.infer<typeof ClockStateSchema>;
