import { z } from 'zod';

/** Shape A: the gateway's relay error (spec §7), e.g. `{"code":4,"description":"prompt_is_required","type":"upstream_error"}`. */
export const ShapeAErrorSchema = z
  .object({
    code: z.int().meta({ description: 'Return code (4 for local validation errors).', example: 4 }),
    description: z.string().meta({
      description: 'Error name from the local-error table (new-api appends a space).',
      example: 'prompt_is_required',
    }),
    type: z.string().meta({ description: '`upstream_error` for relay errors.', example: 'upstream_error' }),
  })
  .meta({ id: 'ShapeAError', description: 'Gateway relay error (HTTP 4xx).' });

/** Shape B: the distributor/auth error of new-api (spec §7). */
export const ShapeBErrorSchema = z
  .object({
    error: z.object({
      message: z.string().meta({ example: 'invalid_api_key' }),
      type: z.string().meta({ example: 'new_api_error' }),
      code: z.string().meta({ description: 'Error name or empty.', example: 'invalid_api_key' }),
    }),
  })
  .meta({ id: 'ShapeBError', description: 'Gateway distributor or auth error.' });

/** Body of `GET /mj/image/:id` when the task is unknown (new-api). */
export const ImageErrorSchema = z
  .object({ error: z.string().meta({ example: 'midjourney_task_not_found' }) })
  .meta({ id: 'ImageError' });
