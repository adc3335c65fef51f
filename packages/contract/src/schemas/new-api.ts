import { z } from 'zod';
import { NEW_API_TASK_ACTIONS } from '../task-action';
import { TASK_STATUSES } from '../task-status';
import { ButtonWireSchema } from './task';

/**
 * new-api's relay error (shape A, `controller/relay.go` `RelayMidjourney`): HTTP 400 (429 for code 30),
 * `{"code":N,"description":"<name> <detail>","type":"upstream_error"}`; the description always has the
 * space, so `"prompt_is_required "` with no detail.
 */
export const NewApiShapeAErrorSchema = z
  .strictObject({
    code: z.int().meta({ example: 4 }),
    description: z
      .string()
      .regex(/^[a-z_0-9]+ /)
      .meta({
        description: '`<name> <detail>`: ends with a space when there is no detail.',
        example: 'prompt_is_required ',
      }),
    type: z.literal('upstream_error'),
  })
  .meta({ id: 'NewApiRelayError', description: 'new-api relay error (shape A).' });

/**
 * new-api's distributor and auth error (shape B, `middleware/auth.go`, `middleware/distributor.go`):
 * the message ends with `(request id: …)`; `code` is `""` for auth and body errors.
 */
export const NewApiShapeBErrorSchema = z
  .strictObject({
    error: z.strictObject({
      message: z.string().meta({ example: 'Invalid token (request id: 2026112923134200000001)' }),
      type: z.literal('new_api_error'),
      code: z.string().meta({ description: '`""`, `model_not_found`, …', example: '' }),
    }),
  })
  .meta({ id: 'NewApiDistributorError', description: 'new-api distributor or auth error (shape B).' });

/**
 * new-api's own task view (`dto/midjourney.go` `MidjourneyDto`, `relay/mjproxy_handler.go`
 * `coverMidjourneyTaskDto`): before the relay's first poll `status:""`, times 0, strings `""`,
 * `buttons`/`properties` null; `properties` only ever `{finalPrompt, finalZhPrompt}`; progress
 * `"100%"` on FAILURE; `imageUrl` rewritten to `<server>/mj/image/<id>` (`?rand=` until SUCCESS).
 */
export const NewApiTaskSchema = z
  .strictObject({
    id: z.string().regex(/^\d+$/).meta({ example: '1748339029401828' }),
    action: z.enum(NEW_API_TASK_ACTIONS),
    customId: z.string(),
    botType: z.string(),
    prompt: z.string(),
    promptEn: z.string(),
    description: z.string(),
    state: z.string(),
    submitTime: z.number(),
    startTime: z.number(),
    finishTime: z.number(),
    imageUrl: z.string(),
    videoUrl: z.string(),
    videoUrls: z.array(z.strictObject({ url: z.string() })).nullable(),
    status: z.union([z.enum(TASK_STATUSES), z.literal('')]).meta({ example: 'SUCCESS' }),
    progress: z
      .string()
      .regex(/^\d{1,3}%$/)
      .meta({ example: '100%' }),
    failReason: z.string(),
    buttons: z.array(ButtonWireSchema).nullable(),
    maskBase64: z.string(),
    properties: z.strictObject({ finalPrompt: z.string(), finalZhPrompt: z.string() }).nullable(),
  })
  .meta({
    id: 'NewApiTask',
    description: "A task as new-api shows it (its own DTO, not the upstream's task).",
  });

/** The image proxy's error (`RelayMidjourneyImage`): HTTP 400 `{"error":"midjourney_task_not_found"}`. */
export const NewApiImageErrorSchema = z
  .strictObject({ error: z.literal('midjourney_task_not_found') })
  .meta({ id: 'NewApiImageError' });
