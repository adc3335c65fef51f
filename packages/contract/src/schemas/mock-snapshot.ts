import { z } from 'zod';
import { ClockStateSchema } from './mock-config';
import { SeedTaskSchema } from './mock-outcomes';

/** A notifyHook delivery still owed, in a snapshot: re-sent with the same id after an import or restart. */
export const PendingDeliverySchema = z.object({
  id: z.string().meta({
    description:
      'Stable delivery id (`<taskId>-<rank×100>`, then `.n` for the n-th repeat of a rank), sent as `X-Mjkit-Delivery-Id`.',
  }),
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

/** A pending delivery in a snapshot. */
export type PendingDeliveryInfo = z.infer<typeof PendingDeliverySchema>;
/** The snapshot document of `GET /__mock/snapshot` (task records typed loosely). */
export type MockSnapshotDocument = z.infer<typeof MockSnapshotSchema>;
/** A hand-written seed-task fixture. */
export type SeedTaskList = z.infer<typeof SeedTaskListSchema>;
