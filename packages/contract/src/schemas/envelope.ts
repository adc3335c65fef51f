import { z } from 'zod';
import { RETURN_CODE_VALUES, type ReturnCode } from '../return-codes';

const returnCodeLiterals = RETURN_CODE_VALUES.map((code) => z.literal(code)) as unknown as [
  z.ZodLiteral<ReturnCode>,
  ...z.ZodLiteral<ReturnCode>[],
];

/** A code of the table (emitted tier). */
export const ReturnCodeSchema = z.union(returnCodeLiterals).meta({
  description: '1 submitted, 21 modal needed, 22 queued, 23 queue full, 24 banned prompt, 3/4/9 errors.',
});

const description = z.string().meta({ description: 'Human-readable status.', example: 'Submit success' });

/**
 * Submit result, wire tier: what a client must accept from any gateway (spec §2): any integer code,
 * `result` a task id (sometimes numeric), an id list, or null; `properties` absent, null or any object.
 */
export const SubmitResultWireSchema = z
  .looseObject({
    code: z.int().meta({ description: 'Return code; see the code table.', example: 1 }),
    description: description.nullish(),
    result: z
      .union([z.string(), z.number(), z.array(z.string()), z.null()])
      .optional()
      .meta({
        description: 'Task id (upload: image URLs); null when rejected.',
        example: '1712158011464906',
      }),
    properties: z.record(z.string(), z.unknown()).nullish(),
  })
  .meta({ id: 'SubmitResult' });

/** Properties of an emitted submit result (doc profile). */
export const SubmitPropertiesSchema = z.strictObject({
  discordInstanceId: z.string().optional(),
  discordChannelId: z.string().optional(),
  numberOfQueues: z.int().min(0).optional(),
  promptEn: z.string().optional(),
  bannedWord: z.string().optional(),
  finalPrompt: z.string().optional(),
  remix: z.boolean().optional(),
});

/** Submit result, emitted tier: exactly what the mock sends (doc profile). */
export const SubmitResultSchema = z.strictObject({
  code: ReturnCodeSchema,
  description: z.string(),
  result: z.string().nullable(),
  properties: SubmitPropertiesSchema,
});

/** Upload result (`/mj/submit/upload-discord-images`): `result` is the list of URLs; no task is created. */
export const UploadResultWireSchema = SubmitResultWireSchema;

/** Upload result, emitted tier: as trueai answers it, `description: "success"` and no `properties`. */
export const UploadResultSchema = z.strictObject({
  code: ReturnCodeSchema,
  description: z.string(),
  result: z.array(z.string()).nullable(),
  properties: SubmitPropertiesSchema.optional(),
});

/** Image-seed result, wire tier: `{code:1, description:"成功", result:"<seed>"}`. */
export const SeedResultWireSchema = SubmitResultWireSchema;

/** Image-seed result, emitted tier. */
export const SeedResultSchema = SubmitResultSchema;

/** A submit result exactly as the mock sends it. */
export type SubmitResult = z.infer<typeof SubmitResultSchema>;
/** An upload result exactly as the mock sends it. */
export type UploadResult = z.infer<typeof UploadResultSchema>;
