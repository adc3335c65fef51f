import { z } from 'zod';
import type { UpstreamVariant } from '../upstream-texts';
import { ReturnCodeSchema } from './envelope';
import { TaskSchema } from './task';

/**
 * Properties of an upstream submit envelope (`SubmitResultVO`): NZ sets `discordInstanceId` only
 * (novicezk `loadbalancer/DiscordInstanceImpl.java`), TA also `discordChannelId`
 * (trueai `Midjourney.Infrastructure/Dto/SubmitResultVO.cs` `SetProperty`).
 */
function upstreamProperties(variant: UpstreamVariant) {
  return z.strictObject({
    discordInstanceId: z.string().optional(),
    ...(variant === 'ta' ? { discordChannelId: z.string().optional() } : {}),
    numberOfQueues: z.int().min(0).optional(),
    promptEn: z.string().optional(),
    bannedWord: z.string().optional(),
    finalPrompt: z.string().optional(),
    remix: z.boolean().optional(),
  });
}

/**
 * The upstream's envelope exactly as a variant sends it: `{code, description, result, properties}`,
 * every check an HTTP 200 with code 4 and a Chinese text (spec/profiles.md §2), TA's code 3 an HTTP 404.
 * `result` is a task id, the upload's URL list, a seed, or null.
 */
function upstreamEnvelope(variant: UpstreamVariant) {
  return z
    .strictObject({
      code: ReturnCodeSchema,
      description: z.string().meta({ example: '提交成功' }),
      result: z.union([z.string(), z.array(z.string()), z.null()]).meta({ example: '1748339029401828' }),
      properties: upstreamProperties(variant),
    })
    .meta({
      id: variant === 'nz' ? 'NzSubmitResult' : 'TaSubmitResult',
      description:
        variant === 'nz'
          ? 'novicezk midjourney-proxy `SubmitResultVO`: code 1 提交成功, 22 queued, 23 queue full, 24 banned, 3/4 errors (HTTP 200).'
          : 'trueai midjourney-proxy `SubmitResultVO`: code 1 提交成功, 21 modal, 22 queued, 9 queue full, 4 errors (HTTP 200), 3 not found (HTTP 404).',
    });
}

/** NZ's envelope (novicezk `result/SubmitResultVO.java`). */
export const NzSubmitResultSchema = upstreamEnvelope('nz');
/** TA's envelope (trueai `SubmitResultVO.cs`), with `discordChannelId`. */
export const TaSubmitResultSchema = upstreamEnvelope('ta');

/**
 * NZ's task JSON (novicezk `support/Task.java` through Jackson): no buttons, mode, botType, parentId
 * or video fields; absent times and URLs are `null`.
 */
export const NzTaskSchema = TaskSchema.omit({
  buttons: true,
  mode: true,
  botType: true,
  parentId: true,
  imageUrls: true,
  videoUrl: true,
  videoUrls: true,
}).meta({ id: 'NzTask', description: 'A task as novicezk midjourney-proxy sends it (no buttons).' });

/** TA's task JSON (trueai `TaskInfo.cs`): the full task with buttons, mode, botType and parentId. */
export const TaTaskSchema = TaskSchema.meta({
  id: 'TaTask',
  description: 'A task as trueai midjourney-proxy sends it (`TaskInfo`, with buttons).',
});

/** The envelope schema of a variant. */
export const UPSTREAM_SUBMIT_RESULT_SCHEMAS = { nz: NzSubmitResultSchema, ta: TaSubmitResultSchema } as const;
/** The task schema of a variant. */
export const UPSTREAM_TASK_SCHEMAS = { nz: NzTaskSchema, ta: TaTaskSchema } as const;

/** NZ's answer to an unknown task on fetch: HTTP 200 with no body at all (`TaskController.java` returns null). */
export const EmptyBodySchema = z.undefined().meta({ description: 'No body (zero bytes).' });

/** TA's 401 text (`SimpleAuthMiddleware.cs`): `Authorization header missing.` as `text/plain`. */
export const PlainTextSchema = z.string().meta({ example: 'Authorization header missing.' });
