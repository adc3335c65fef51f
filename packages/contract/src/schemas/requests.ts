import { z } from 'zod';

/**
 * Request bodies. Two tiers (DESIGN.md §2):
 * - the per-route schemas below say what a correct client sends (the typed client and the OpenAPI
 *   document use them; semantic rules such as a required prompt are declared here too);
 * - {@link GatewayBindSchema} is how the gateway binds JSON: new-api reads every submit body into one DTO,
 *   so a field of the wrong JSON type (e.g. `"index":"1"`) fails binding on every route, while a missing
 *   or empty field binds fine and is the mock's semantic check to answer.
 * Unknown fields are kept (the gateway forwards the raw JSON upstream).
 */

const mode = z.string().meta({
  description:
    'Speed mode `RELAX`, `FAST` or `TURBO` (any case). Empty or unknown is ignored; absent means FAST. A `/mj-relax`, `/mj-fast` or `/mj-turbo` path prefix wins.',
  example: 'RELAX',
});
const state = z.string().meta({ description: 'Custom value echoed on the task.', example: 'order-42' });
const notifyHook = z
  .string()
  .meta({ description: 'URL that receives a POST of the task JSON on every change.', example: '' });
const dataUrl = z
  .string()
  .meta({ description: 'Image as a data URL.', example: 'data:image/png;base64,iVBORw0KGgo…' });

/** `botType`: Midjourney or Niji; trueai also accepts `mj`/`niji`. */
export const BotTypeSchema = z.enum(['MID_JOURNEY', 'NIJI_JOURNEY', 'mj', 'niji']).meta({
  description: 'Bot: `MID_JOURNEY`/`mj` (default) or `NIJI_JOURNEY`/`niji`.',
  example: 'MID_JOURNEY',
});

/** Blend/imagine `dimensions`: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. */
export const DimensionsSchema = z.enum(['PORTRAIT', 'SQUARE', 'LANDSCAPE']).meta({
  description: '`PORTRAIT` (2:3), `SQUARE` (1:1, default) or `LANDSCAPE` (3:2).',
  example: 'SQUARE',
});

const accountFilter = z.looseObject({}).meta({ description: 'trueai account filter; ignored by the mock.' });

const common = {
  mode: mode.optional(),
  state: state.optional(),
  notifyHook: notifyHook.optional(),
};

/** POST /mj/submit/imagine */
export const ImagineRequestSchema = z
  .looseObject({
    prompt: z
      .string()
      .meta({ description: 'Prompt, with Midjourney parameters (`--ar 16:9 --v 7`).', example: 'Cat' }),
    base64Array: z.array(dataUrl).optional().meta({ description: 'Reference images as data URLs.' }),
    base64: dataUrl.optional().meta({ description: 'Deprecated single reference image (NZ).' }),
    botType: BotTypeSchema.optional(),
    dimensions: DimensionsSchema.optional(),
    accountFilter: accountFilter.optional(),
    ...common,
  })
  .meta({ id: 'ImagineRequest' });

/** POST /mj/submit/blend */
export const BlendRequestSchema = z
  .looseObject({
    base64Array: z.array(dataUrl).meta({ description: '2 to 5 images as data URLs.' }),
    dimensions: DimensionsSchema.optional(),
    botType: BotTypeSchema.optional(),
    accountFilter: accountFilter.optional(),
    ...common,
  })
  .meta({ id: 'BlendRequest' });

/** POST /mj/submit/describe: `base64` (upstream) or `base64Array` (gateway DTO); trueai also takes `link`. */
export const DescribeRequestSchema = z
  .looseObject({
    base64: dataUrl.optional(),
    base64Array: z
      .array(dataUrl)
      .optional()
      .meta({ description: 'The gateway DTO field; the first image is described.' }),
    link: z.string().optional().meta({ description: 'Image URL (trueai).' }),
    botType: BotTypeSchema.optional(),
    language: z.string().optional(),
    accountFilter: accountFilter.optional(),
    ...common,
  })
  .meta({ id: 'DescribeRequest' });

/** POST /mj/submit/shorten */
export const ShortenRequestSchema = z
  .looseObject({
    prompt: z
      .string()
      .meta({ example: 'Cat in the style of expert draftsmanship, ethereal, dreamlike quality' }),
    botType: BotTypeSchema.optional(),
    ...common,
  })
  .meta({ id: 'ShortenRequest' });

/** POST /mj/submit/change: the classic U/V/R on a grid. */
export const ChangeRequestSchema = z
  .looseObject({
    taskId: z.string().meta({ example: '1712204995849323' }),
    action: z.enum(['UPSCALE', 'VARIATION', 'REROLL']),
    index: z.int().min(1).max(4).optional().meta({ description: '1–4; required for UPSCALE and VARIATION.' }),
    ...common,
  })
  .meta({ id: 'ChangeRequest' });

/** POST /mj/submit/simple-change: `content` is `"<taskId> U1..U4|V1..V4|R"`. */
export const SimpleChangeRequestSchema = z
  .looseObject({
    content: z.string().meta({ example: '1320098173412546 U2' }),
    ...common,
  })
  .meta({ id: 'SimpleChangeRequest' });

/** POST /mj/submit/action: press a button (`customId`) of a finished task. */
export const ActionRequestSchema = z
  .looseObject({
    taskId: z.string().meta({ example: '1712204995849323' }),
    customId: z.string().meta({ example: 'MJ::JOB::upsample::1::82c51c9d-bc33-4c07-a471-36c3dcb1a6f0' }),
    enableRemix: z.boolean().optional(),
    chooseSameChannel: z.boolean().optional(),
    accountFilter: accountFilter.optional(),
    ...common,
  })
  .meta({ id: 'ActionRequest' });

/** POST /mj/submit/modal: continue a task that answered code 21. */
export const ModalRequestSchema = z
  .looseObject({
    taskId: z.string().meta({ description: 'The id returned with code 21.', example: '1712204995849323' }),
    prompt: z
      .string()
      .optional()
      .meta({ description: 'Edited prompt; Custom Zoom needs `--zoom 1..2`.', example: 'Cat' }),
    maskBase64: z.string().optional().meta({
      description:
        'Mask for Vary (Region): a PNG as a data URL or bare base64. Not parsed upstream (trueai leaves DataUrl.Parse(MaskBase64) commented out), so any string is accepted.',
    }),
    ...common,
  })
  .meta({ id: 'ModalRequest' });

/** POST /mj/submit/video: from a prompt and start image, or `action:"extend"` of a video task. */
export const VideoRequestSchema = z
  .looseObject({
    prompt: z.string().meta({ example: 'a car' }),
    image: z.string().optional().meta({ description: 'Start frame: URL or data URL.' }),
    endImage: z.string().optional(),
    motion: z.enum(['low', 'high']).optional(),
    loop: z.boolean().optional(),
    action: z
      .string()
      .optional()
      .meta({ description: '`extend` with `taskId` to extend a video.', example: 'extend' }),
    taskId: z.string().optional(),
    index: z.int().min(0).max(3).optional().meta({ description: '0-based video index.' }),
    videoType: z.string().optional().meta({ example: 'vid_1.1_i2v_480' }),
    batchSize: z.int().optional().meta({ description: '1, 2 or 4 (default 4).' }),
    ...common,
  })
  .meta({ id: 'VideoRequest' });

/** POST /mj/submit/edits */
export const EditsRequestSchema = z
  .looseObject({
    prompt: z.string().meta({ example: 'make the sky purple' }),
    image: z.string().meta({ description: 'URL, data URL or bare base64.' }),
    ...common,
  })
  .meta({ id: 'EditsRequest' });

/** POST /mj/submit/upload-discord-images: no task; `result` lists the stored images' URLs. */
export const UploadRequestSchema = z
  .looseObject({
    base64Array: z.array(dataUrl).meta({ description: 'Images to store, as data URLs.' }),
    filter: accountFilter.optional(),
    accountFilter: accountFilter.optional(),
    mode: mode.optional(),
  })
  .meta({ id: 'UploadRequest' });

/** POST /mj/insight-face/swap */
export const SwapFaceRequestSchema = z
  .looseObject({
    sourceBase64: dataUrl.meta({ description: 'The face, as a data URL.' }),
    targetBase64: dataUrl.meta({ description: 'The image whose face is replaced.' }),
    ...common,
  })
  .meta({ id: 'SwapFaceRequest' });

/** POST /mj/task/list-by-condition: ids as strings or numbers; unknown ids are dropped. */
export const ListByConditionRequestSchema = z
  .looseObject({
    ids: z
      .array(z.union([z.string(), z.number()]))
      .optional()
      .meta({ example: ['1712204995849323'] }),
  })
  .meta({ id: 'ListByConditionRequest' });

const bindable = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/**
 * How the gateway binds any submit body (new-api's `MidjourneyRequest` plus the swap DTO): only JSON
 * types are checked. A body failing this gets `bind_request_body_failed`.
 */
export const GatewayBindSchema = z.looseObject({
  prompt: bindable(z.string()),
  customId: bindable(z.string()),
  botType: bindable(z.string()),
  notifyHook: bindable(z.string()),
  action: bindable(z.string()),
  index: bindable(z.int()),
  state: bindable(z.string()),
  taskId: bindable(z.string()),
  base64: bindable(z.string()),
  base64Array: bindable(z.array(z.string())),
  content: bindable(z.string()),
  maskBase64: bindable(z.string()),
  dimensions: bindable(z.string()),
  mode: bindable(z.string()),
  link: bindable(z.string()),
  language: bindable(z.string()),
  image: bindable(z.string()),
  endImage: bindable(z.string()),
  motion: bindable(z.string()),
  loop: bindable(z.boolean()),
  videoType: bindable(z.string()),
  batchSize: bindable(z.int()),
  enableRemix: bindable(z.boolean()),
  chooseSameChannel: bindable(z.boolean()),
  sourceBase64: bindable(z.string()),
  targetBase64: bindable(z.string()),
  accountFilter: bindable(z.looseObject({})),
  filter: bindable(z.looseObject({})),
});

/** A submit body after binding: every field optional and possibly null. */
export type GatewayBody = z.infer<typeof GatewayBindSchema>;

/** Request body types, one per route. */
export type ImagineRequest = z.input<typeof ImagineRequestSchema>;
export type BlendRequest = z.input<typeof BlendRequestSchema>;
export type DescribeRequest = z.input<typeof DescribeRequestSchema>;
export type ShortenRequest = z.input<typeof ShortenRequestSchema>;
export type ChangeRequest = z.input<typeof ChangeRequestSchema>;
export type SimpleChangeRequest = z.input<typeof SimpleChangeRequestSchema>;
export type ActionRequest = z.input<typeof ActionRequestSchema>;
export type ModalRequest = z.input<typeof ModalRequestSchema>;
export type VideoRequest = z.input<typeof VideoRequestSchema>;
export type EditsRequest = z.input<typeof EditsRequestSchema>;
export type UploadRequest = z.input<typeof UploadRequestSchema>;
export type SwapFaceRequest = z.input<typeof SwapFaceRequestSchema>;
export type ListByConditionRequest = z.input<typeof ListByConditionRequestSchema>;
