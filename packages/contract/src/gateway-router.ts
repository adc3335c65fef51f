import { z } from 'zod';
import { c } from './contract-builder';
import { GATEWAY_ROUTES as R } from './core/routes';
import {
  SeedResultSchema,
  SeedResultWireSchema,
  SubmitResultSchema,
  SubmitResultWireSchema,
  UploadResultSchema,
  UploadResultWireSchema,
} from './schemas/envelope';
import { ImageErrorSchema, ShapeAErrorSchema, ShapeBErrorSchema } from './schemas/errors';
import {
  ActionRequestSchema,
  BlendRequestSchema,
  ChangeRequestSchema,
  DescribeRequestSchema,
  EditsRequestSchema,
  ImagineRequestSchema,
  ListByConditionRequestSchema,
  ModalRequestSchema,
  ShortenRequestSchema,
  SimpleChangeRequestSchema,
  SwapFaceRequestSchema,
  UploadRequestSchema,
  VideoRequestSchema,
} from './schemas/requests';
import { TaskSchema, TaskWireSchema } from './schemas/task';

/** The response schemas of one tier (wire: what clients accept; emitted: what the mock sends). */
interface Tier<
  S extends z.ZodType = z.ZodType,
  U extends z.ZodType = z.ZodType,
  Se extends z.ZodType = z.ZodType,
  T extends z.ZodType = z.ZodType,
  E extends z.ZodType = z.ZodType,
  A extends z.ZodType = z.ZodType,
> {
  submit: S;
  upload: U;
  seed: Se;
  task: T;
  error: E;
  authError: A;
}

const wireError = z.union([ShapeAErrorSchema, ShapeBErrorSchema, SubmitResultWireSchema]);

/** Wire tier: lenient like a tolerant reader, so any real gateway's answers parse. */
export const WIRE_TIER = {
  submit: SubmitResultWireSchema,
  upload: UploadResultWireSchema,
  seed: SeedResultWireSchema,
  task: TaskWireSchema,
  error: wireError,
  authError: wireError,
} satisfies Tier;

/** Emitted tier: exactly what the mock sends in the doc profile; its response validation uses it. */
export const EMITTED_TIER = {
  submit: SubmitResultSchema,
  upload: UploadResultSchema,
  seed: SeedResultSchema,
  task: TaskSchema,
  error: z.union([ShapeAErrorSchema, SubmitResultSchema]),
  authError: ShapeBErrorSchema,
} satisfies Tier;

const binary = c.otherResponse({ contentType: 'image/png', body: c.type<Blob>() });
/** trueai's `Ok()` with no value: HTTP 200, `Content-Length: 0`. */
const empty = c.otherResponse({ contentType: 'text/plain', body: c.type<string>() });

/**
 * The gateway routes for a tier; both tiers share paths, bodies and status codes. Plain objects here
 * (`c.router` is applied per tier below), and one type parameter per member: a property read on a
 * type parameter would widen to the constraint and erase every response type.
 */
function gatewayRoutes<
  S extends z.ZodType,
  U extends z.ZodType,
  Se extends z.ZodType,
  T extends z.ZodType,
  E extends z.ZodType,
  A extends z.ZodType,
>(t: Tier<S, U, Se, T, E, A>) {
  const errors = { 400: t.error, 401: t.authError, 404: t.error, 413: t.error, 429: t.error, 500: t.error };
  const submit = { 200: t.submit, ...errors };
  return {
    imagine: {
      ...R.imagine,
      body: ImagineRequestSchema,
      responses: submit,
      summary: 'Submit an Imagine task',
      description:
        'Starts a text-to-image task (2×2 grid). Answers code 1 (submitted), 22 (queued), 23 (queue full) or 24 (banned prompt).',
    },
    blend: {
      ...R.blend,
      body: BlendRequestSchema,
      responses: submit,
      summary: 'Submit a Blend task',
      description: 'Blends 2–5 images into a grid in the chosen dimensions.',
    },
    describe: {
      ...R.describe,
      body: DescribeRequestSchema,
      responses: submit,
      summary: 'Submit a Describe task',
      description: 'Image to text: four prompts in `properties.finalPrompt`, each behind a keycap emoji.',
    },
    shorten: {
      ...R.shorten,
      body: ShortenRequestSchema,
      responses: submit,
      summary: 'Submit a Shorten task',
      description:
        'Analyses a prompt: Markdown with important tokens and shortened prompts in `properties.finalPrompt`.',
    },
    change: {
      ...R.change,
      body: ChangeRequestSchema,
      responses: submit,
      summary: 'Upscale, vary or reroll a grid (classic)',
    },
    simpleChange: {
      ...R.simpleChange,
      body: SimpleChangeRequestSchema,
      responses: submit,
      summary: 'Change by text: "<taskId> U1..U4|V1..V4|R"',
    },
    action: {
      ...R.action,
      body: ActionRequestSchema,
      responses: submit,
      summary: 'Press a button of a finished task',
      description:
        'Runs the button whose `customId` is given. Custom Zoom, Vary (Region), PicReader and remix answer code 21: continue with /mj/submit/modal.',
    },
    modal: {
      ...R.modal,
      body: ModalRequestSchema,
      responses: submit,
      summary: 'Confirm a task that answered code 21',
    },
    video: {
      ...R.video,
      body: VideoRequestSchema,
      responses: submit,
      summary: 'Submit a Video task',
      description: 'From a prompt and start image, or `action:"extend"` with the `taskId` of a video task.',
    },
    edits: {
      ...R.edits,
      body: EditsRequestSchema,
      responses: submit,
      summary: 'Submit an Edit task',
    },
    uploadDiscordImages: {
      ...R.uploadDiscordImages,
      body: UploadRequestSchema,
      responses: { 200: t.upload, ...errors },
      summary: 'Upload images; returns their URLs',
      description: 'Stores the images and returns their URLs in `result`. No task is created.',
    },
    swapFace: {
      ...R.swapFace,
      body: SwapFaceRequestSchema,
      responses: submit,
      summary: 'Submit a face-swap task',
    },
    fetchTask: {
      ...R.fetchTask,
      pathParams: z.object({ id: z.string().meta({ example: '1712204995849323' }) }),
      responses: { 200: t.task, ...errors },
      summary: 'Fetch a task',
      description: 'The task object: status, progress, imageUrl, buttons… Poll until SUCCESS or FAILURE.',
    },
    listByCondition: {
      ...R.listByCondition,
      body: ListByConditionRequestSchema,
      responses: { 200: z.array(t.task), ...errors },
      summary: 'Fetch several tasks by id',
      description: 'Unknown ids are dropped; the order is not the input order.',
    },
    imageSeed: {
      ...R.imageSeed,
      pathParams: z.object({ id: z.string() }),
      responses: { 200: t.seed, ...errors },
      summary: "Get a finished task's seed",
    },
    image: {
      ...R.image,
      pathParams: z.object({ id: z.string() }),
      responses: { 200: binary, 400: ImageErrorSchema, 404: ImageErrorSchema },
      summary: "A task's image (no key needed)",
      description: 'The bytes of the task’s current image, as the gateway proxies them.',
    },
    taskList: {
      ...R.taskList,
      responses: { 200: z.array(t.task), ...errors },
      summary: 'All tasks, newest first (novicezk midjourney-proxy only)',
    },
    taskQueue: {
      ...R.taskQueue,
      responses: { 200: z.array(t.task), ...errors },
      summary: 'Tasks waiting or running, oldest first (novicezk midjourney-proxy only)',
    },
    cancelTask: {
      ...R.cancelTask,
      pathParams: z.object({ id: z.string() }),
      body: z.unknown().optional(),
      responses: { 200: empty, ...errors },
      summary: 'Cancel an unfinished task (trueai midjourney-proxy only)',
      description: 'The task fails with `取消任务`; the answer is HTTP 200 with an empty body, found or not.',
    },
    listByIds: {
      ...R.listByIds,
      body: ListByConditionRequestSchema,
      responses: { 200: z.array(t.task), ...errors },
      summary: 'Alias of list-by-condition (trueai midjourney-proxy only)',
    },
  } as const;
}

/**
 * The gateway contract, wire tier: what the typed client and the OpenAPI document use.
 * @example initClient(gatewayContract, { baseUrl: 'http://127.0.0.1:8080' })
 */
export const gatewayContract = /* @__PURE__ */ c.router(gatewayRoutes(WIRE_TIER), {
  strictStatusCodes: true,
});

/** The gateway contract, emitted tier: the mock serves it with response validation on. */
export const emittedGatewayContract = /* @__PURE__ */ c.router(gatewayRoutes(EMITTED_TIER), {
  strictStatusCodes: true,
});

/** The gateway contract's type. */
export type GatewayContract = typeof gatewayContract;
/** The emitted contract's type. */
export type EmittedGatewayContract = typeof emittedGatewayContract;
