import { z } from 'zod';
import { TASK_ACTIONS } from '../task-action';
import { TASK_STATUSES } from '../task-status';

/** A Discord-style button on a finished task (spec §4): `type` 2 = button, `style` 2 grey / 3 green. */
export const ButtonSchema = z
  .object({
    customId: z.string().meta({ example: 'MJ::JOB::upsample::1::0ddb91a0-af46-4ae9-8e8e-c271074eb6e6' }),
    emoji: z.string().meta({ example: '' }),
    label: z.string().meta({ example: 'U1' }),
    type: z.int().meta({ example: 2 }),
    style: z.int().meta({ example: 2 }),
  })
  .meta({ id: 'Button', description: 'Pass `customId` to /mj/submit/action to press it.' });

/** A button as any gateway may send it (fields may be missing; unknown ones kept). */
export const ButtonWireSchema = z.looseObject({
  customId: z.string(),
  emoji: z.string().nullish(),
  label: z.string().nullish(),
  type: z.number().nullish(),
  style: z.number().nullish(),
});

/** One entry of `imageUrls` / `videoUrls`. */
export const MediaUrlSchema = z.object({ url: z.string(), thumbnail: z.string().optional() });

const epochMs = z.number().meta({ description: 'Epoch milliseconds.', example: 1748339029401 });

/**
 * Task, wire tier (spec §3.1): what a client must accept from any gateway. Ids may be numbers,
 * status may be `""` (new-api before the first poll) or `CANCEL`, `properties` absent or null, and
 * unknown fields are kept.
 */
export const TaskWireSchema = z
  .looseObject({
    id: z.union([z.string(), z.number()]).meta({ example: '1748339029401828' }),
    action: z.string().nullish().meta({ description: 'IMAGINE, UPSCALE, VARIATION, …', example: 'IMAGINE' }),
    status: z
      .union([z.enum(TASK_STATUSES), z.literal('')])
      .nullish()
      .meta({ example: 'SUCCESS' }),
    prompt: z.string().nullish(),
    promptEn: z.string().nullish(),
    description: z.string().nullish(),
    state: z.string().nullish(),
    submitTime: epochMs.nullish(),
    startTime: epochMs.nullish(),
    finishTime: epochMs.nullish(),
    imageUrl: z.string().nullish(),
    progress: z.string().nullish().meta({ example: '100%' }),
    failReason: z.string().nullish(),
    properties: z.record(z.string(), z.unknown()).nullish(),
    buttons: z.array(ButtonWireSchema).nullish(),
    imageUrls: z.array(MediaUrlSchema).nullish(),
    videoUrl: z.string().nullish(),
    videoUrls: z.array(MediaUrlSchema).nullish(),
  })
  .meta({
    id: 'Task',
    description: 'A task as fetch, list-by-condition and notifyHook return it.',
  });

/** Properties the mock puts on a task (doc profile). */
export const TaskPropertiesSchema = z.strictObject({
  notifyHook: z.string().nullable().optional(),
  finalPrompt: z.string().optional(),
  finalZhPrompt: z.string().optional(),
  messageId: z.string().optional(),
  messageHash: z.string().optional(),
  progressMessageId: z.string().optional(),
  flags: z.int().optional(),
  nonce: z.string().optional(),
  discordInstanceId: z.string().optional(),
  discordChannelId: z.string().optional(),
  botType: z.string().optional(),
  messageContent: z.string().optional(),
  custom_id: z.string().optional(),
  remix: z.boolean().optional(),
});

/** Task, emitted tier: exactly what the mock sends in the doc profile (all fields present). */
export const TaskSchema = z.strictObject({
  id: z.string().regex(/^\d{16}$/),
  action: z.enum(TASK_ACTIONS),
  status: z.enum(TASK_STATUSES),
  prompt: z.string(),
  promptEn: z.string(),
  description: z.string(),
  state: z.string().nullable(),
  submitTime: z.number(),
  startTime: z.number().nullable(),
  finishTime: z.number().nullable(),
  imageUrl: z.string().nullable(),
  progress: z.string().regex(/^(\d{1,3}%)?$/),
  failReason: z.string().nullable(),
  properties: TaskPropertiesSchema,
  buttons: z.array(ButtonSchema),
  botType: z.enum(['MID_JOURNEY', 'NIJI_JOURNEY']),
  mode: z.enum(['RELAX', 'FAST', 'TURBO']),
  parentId: z.string().nullable(),
  imageWidth: z.int().nullable(),
  imageHeight: z.int().nullable(),
  imageUrls: z.array(MediaUrlSchema),
  videoUrl: z.string().nullable(),
  videoUrls: z.array(MediaUrlSchema),
});

/** notifyHook payload, wire tier: the task object (spec §5). */
export const NotificationWireSchema = TaskWireSchema;

/** notifyHook payload, emitted tier. */
export const NotificationSchema = TaskSchema;

/** A task exactly as the mock sends it. */
export type Task = z.infer<typeof TaskSchema>;
