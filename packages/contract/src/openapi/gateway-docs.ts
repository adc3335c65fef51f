import type { GatewayRouteName } from '../core/routes';
import type { LocalErrorName } from '../local-errors';
import { SUBMIT_RESULT_EXAMPLE, TASK_EXAMPLE } from './examples';
import {
  describeLocalErrors,
  localErrorExamples,
  type NamedExample,
  type OperationDocs,
  type TagDoc,
} from './operation-docs';

/** The gateway document's sections. */
export const GATEWAY_TAGS: readonly TagDoc[] = [
  { name: 'Submit', description: 'Start a task; the answer carries its id. Poll it or wait for notifyHook.' },
  {
    name: 'Follow-up',
    description: 'Buttons of a finished task: upscale, vary, zoom, pan; code 21 → modal.',
  },
  { name: 'Tasks', description: 'Read tasks: one by id, several by ids, the seed of a finished one.' },
  { name: 'Files', description: 'Upload images for later prompts; fetch a task’s image without a key.' },
];

/** A tiny valid PNG (8×8, steel blue) as a data URL: the mock checks magic bytes, so try-it needs real image bytes. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR42mNwa9qCFTEMLQkAA3NfAXI24n8AAAAASUVORK5CYII=';
const TASK_ID = TASK_EXAMPLE.id;
const ids = SUBMIT_RESULT_EXAMPLE.properties;

const ex = (summary: string, value: unknown): NamedExample => ({ summary, value });
const one = (summary: string, value: unknown) => ({ default: ex(summary, value) });

/** The envelopes a submit can answer with (spec §2), as named examples. */
const SUBMITTED = ex('Code 1: submitted; `result` is the task id', SUBMIT_RESULT_EXAMPLE);
const QUEUED = ex('Code 22: waiting; `numberOfQueues` tasks ahead', {
  code: 22,
  description: '排队中，前面还有1个任务',
  result: TASK_ID,
  properties: { ...ids, numberOfQueues: 1 },
});
const QUEUE_FULL = ex('Code 23: queue full; no task', {
  code: 23,
  description: '队列已满，请稍后尝试',
  result: null,
  properties: ids,
});

const OK_LEAD =
  'Envelope `{code, description, result, properties}`: code 1 submitted (`result` = task id), 22 queued ' +
  '(`properties.numberOfQueues` tasks ahead, still accepted), 23 queue full (`result` null, no task). ' +
  'Upstream checks that fail answer code 4 in a 200 envelope (midjourney-proxy profile).';

/** The statuses every authenticated route shares, besides 200 and 400. */
const COMMON: Record<401 | 404 | 413 | 429 | 500, string> = {
  401: 'Missing or wrong API key: shape B `invalid_api_key`. A mock started without keys is open.',
  404: 'No route with this method and path: shape A `route_not_found`.',
  413: 'Body over the size limit (20 MB by default): shape A `request_body_too_large`.',
  429: 'Rate limited: the gateway’s channel limit, code 30 in shape A.',
  500: 'Server error: a forced `http-error` outcome or a mock bug (shape A `internal_error`, code 5).',
};
const COMMON_EXAMPLES = {
  401: localErrorExamples(['invalid_api_key']),
  404: localErrorExamples(['route_not_found']),
};

/** Docs of a route answering with an envelope and the shared error statuses. */
function envelopeRoute(
  tag: string,
  ok: { extra?: string; examples: Record<string, NamedExample> },
  errors: readonly LocalErrorName[],
  request?: Record<string, NamedExample>,
): OperationDocs {
  return {
    tag,
    responses: {
      200: ok.extra === undefined ? OK_LEAD : `${OK_LEAD} ${ok.extra}`,
      400: describeLocalErrors('Local error, answered by the gateway before any task exists:', errors),
      ...COMMON,
    },
    ...(request ? { requestExamples: request } : {}),
    responseExamples: { 200: ok.examples, 400: localErrorExamples(errors), ...COMMON_EXAMPLES },
  };
}

const submitted = { examples: { submitted: SUBMITTED, queued: QUEUED, queueFull: QUEUE_FULL } };
const BIND: LocalErrorName = 'bind_request_body_failed';
const FOLLOW_UP: LocalErrorName[] = [
  BIND,
  'task_id_is_required',
  'task_not_found',
  'task_status_not_success',
];

/** Docs of every gateway route; a route missing here fails to compile. */
export const GATEWAY_OPERATION_DOCS: Readonly<Record<GatewayRouteName, OperationDocs>> = {
  imagine: envelopeRoute(
    'Submit',
    {
      extra: 'Code 24: banned prompt (`properties.bannedWord`), no task.',
      examples: {
        ...submitted.examples,
        banned: ex('Code 24: banned prompt', {
          code: 24,
          description: '可能包含敏感词',
          result: null,
          properties: { ...ids, promptEn: 'a bloody cat', bannedWord: 'bloody' },
        }),
      },
    },
    [BIND, 'prompt_is_required', 'quota_not_enough'],
    {
      minimal: ex('A prompt with parameters', { prompt: 'Cat --ar 16:9 --v 7' }),
      relax: ex('Relax mode, custom state', { prompt: 'Cat', mode: 'RELAX', state: 'order-42' }),
    },
  ),
  blend: envelopeRoute('Submit', submitted, [BIND, 'quota_not_enough'], {
    twoImages: ex('Two images, square', { base64Array: [PNG, PNG], dimensions: 'SQUARE' }),
  }),
  describe: envelopeRoute('Submit', submitted, [BIND, 'quota_not_enough'], {
    base64: ex('One image', { base64: PNG }),
  }),
  shorten: envelopeRoute('Submit', submitted, [BIND, 'quota_not_enough'], {
    prompt: ex('A long prompt', { prompt: 'Cat in the style of expert draftsmanship, ethereal, dreamlike' }),
  }),
  change: {
    ...envelopeRoute('Follow-up', submitted, [...FOLLOW_UP, 'action_is_required', 'index_is_required'], {
      upscale: ex('Upscale image 1 of a grid', { taskId: TASK_ID, action: 'UPSCALE', index: 1 }),
    }),
    description:
      'Upscale (U1–U4), vary (V1–V4) or reroll a grid by task id and index; answers like a submit.',
  },
  simpleChange: {
    ...envelopeRoute('Follow-up', submitted, [BIND, 'content_is_required', 'content_parse_failed'], {
      u2: ex('Upscale image 2', { content: `${TASK_ID} U2` }),
    }),
    description:
      'The same as /mj/submit/change, written as text: `"<taskId> U2"`, `"<taskId> V3"` or `"<taskId> R"`.',
  },
  action: envelopeRoute(
    'Follow-up',
    {
      extra: 'Code 21: the button needs a modal (Custom Zoom, Vary (Region), remix): call /mj/submit/modal.',
      examples: {
        ...submitted.examples,
        modal: ex('Code 21: modal needed; the task waits in MODAL', {
          code: 21,
          description: 'Waiting for window confirm',
          result: TASK_ID,
          properties: { ...ids, finalPrompt: 'Cat', remix: true },
        }),
      },
    },
    [...FOLLOW_UP, 'custom_id_is_required', 'unknown_action'],
    {
      upscale: ex('Press U1', { taskId: TASK_ID, customId: TASK_EXAMPLE.buttons[0]?.customId }),
    },
  ),
  modal: {
    ...envelopeRoute('Follow-up', submitted, [BIND, 'task_id_is_required', 'task_not_found'], {
      zoom: ex('Confirm a Custom Zoom', { taskId: TASK_ID, prompt: 'Cat --zoom 1.5' }),
    }),
    description: 'Resumes a task in MODAL (code 21 from /mj/submit/action), with an edited prompt or a mask.',
  },
  video: envelopeRoute('Submit', submitted, [BIND, 'task_not_found', 'quota_not_enough'], {
    fromImage: ex('Animate a start frame', { prompt: 'a car', image: PNG, motion: 'low' }),
  }),
  edits: {
    ...envelopeRoute('Submit', submitted, [BIND, 'quota_not_enough'], {
      edit: ex('Edit an image', { prompt: 'make the sky purple', image: PNG }),
    }),
    description: 'Edits an image by a prompt; the result is a new grid.',
  },
  uploadDiscordImages: envelopeRoute(
    'Files',
    {
      extra: 'On success `result` lists the stored images’ URLs; no task is created.',
      examples: one('Code 1: stored', {
        code: 1,
        description: 'Submit success',
        result: ['http://127.0.0.1:8080/attachments/upload-1.png'],
        properties: {},
      }),
    },
    [BIND],
    { oneImage: ex('One image', { base64Array: [PNG] }) },
  ),
  swapFace: {
    ...envelopeRoute('Submit', submitted, [BIND, 'sour_base64_and_target_base64_is_required'], {
      swap: ex('Swap a face', { sourceBase64: PNG, targetBase64: PNG }),
    }),
    description: 'Puts the face of `sourceBase64` onto `targetBase64`; the result is one image.',
  },
  fetchTask: {
    tag: 'Tasks',
    responses: {
      200: 'The task: status, progress (`NN%`), imageUrl, buttons once SUCCESS. Poll until SUCCESS or FAILURE.',
      400: describeLocalErrors('Unknown task, or one created with another key:', [
        'task_not_found',
        'task_no_found',
      ]),
      ...COMMON,
    },
    responseExamples: { 200: one('A finished imagine', TASK_EXAMPLE), ...COMMON_EXAMPLES },
  },
  listByCondition: {
    tag: 'Tasks',
    requestExamples: { ids: ex('Two ids', { ids: [TASK_ID, '1712204995849324'] }) },
    responses: {
      200: 'The caller’s tasks among the ids; unknown ids are dropped, `[]` when none match.',
      400: describeLocalErrors('The body does not bind:', ['do_request_failed']),
      ...COMMON,
    },
    responseExamples: { 200: one('One known id', [TASK_EXAMPLE]), ...COMMON_EXAMPLES },
  },
  imageSeed: {
    tag: 'Tasks',
    description: 'The seed Midjourney used for a finished task, to reproduce it with `--seed`.',
    responses: {
      200: 'Envelope with the seed in `result` (code 1).',
      400: describeLocalErrors('Unknown task:', ['task_no_found', 'task_not_found']),
      ...COMMON,
    },
    responseExamples: {
      200: one('The seed', { code: 1, description: '成功', result: '2380719522', properties: {} }),
      ...COMMON_EXAMPLES,
    },
  },
  image: {
    tag: 'Files',
    responses: {
      200: 'The image bytes (PNG); no key needed, as the gateway serves them to `<img>` tags.',
      400: 'Bad id: `{"error": …}`.',
      404: 'No task with this id, or it has no image yet: `{"error":"midjourney_task_not_found"}`.',
    },
  },
  taskList: {
    tag: 'Tasks',
    description: 'novicezk midjourney-proxy only (`TaskController.java`): every stored task, newest first.',
    responses: { 200: 'The tasks (NZ task JSON: no buttons, mode or botType).', ...COMMON },
    responseExamples: { 200: one('One task', [TASK_EXAMPLE]), ...COMMON_EXAMPLES },
  },
  taskQueue: {
    tag: 'Tasks',
    description: 'novicezk midjourney-proxy only (`TaskController.java`): tasks not finished, oldest first.',
    responses: { 200: 'The tasks waiting or running.', ...COMMON },
    responseExamples: { 200: one('Nothing waiting', []), ...COMMON_EXAMPLES },
  },
  cancelTask: {
    tag: 'Tasks',
    description:
      'trueai midjourney-proxy only (`TaskController.cs` `Cancel`): an unfinished task fails with `取消任务`.',
    responses: { 200: 'Empty body, whether the task existed or not.', ...COMMON },
    responseExamples: COMMON_EXAMPLES,
  },
  listByIds: {
    tag: 'Tasks',
    description: 'trueai midjourney-proxy only: the same action as /mj/task/list-by-condition.',
    requestExamples: { ids: ex('Two ids', { ids: [TASK_ID, '1712204995849324'] }) },
    responses: { 200: 'The tasks among the ids; unknown ids are dropped.', ...COMMON },
    responseExamples: { 200: one('One known id', [TASK_EXAMPLE]), ...COMMON_EXAMPLES },
  },
};
