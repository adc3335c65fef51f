import { gridButtons } from '../buttons';

/**
 * Whole-payload examples for the OpenAPI document, shaped like the real captures in
 * `fixtures/examples/` (trueai's submit result and fetch). Prism's static mock (`pnpm prism:mock`)
 * answers with them instead of inventing `"string"` values. They live here, not in the schemas, so
 * nothing a client or the mock imports carries example data (issue 11).
 */
const HASH = '0ddb91a0-af46-4ae9-8e8e-c271074eb6e6';
const TASK_ID = '1748339029401828';

/** A code-1 submit result. */
export const SUBMIT_RESULT_EXAMPLE = {
  code: 1,
  description: 'Submit success',
  result: TASK_ID,
  properties: { discordChannelId: '1050703772185268251', discordInstanceId: '1648406635623804928' },
};

/** A finished imagine, as fetch and notifyHook return it. */
export const TASK_EXAMPLE = {
  id: TASK_ID,
  action: 'IMAGINE',
  status: 'SUCCESS',
  prompt: 'dog playing ball --v 7',
  promptEn: 'dog playing ball --v 7',
  description: '/imagine dog playing ball --v 7',
  state: null,
  submitTime: 1748339029401,
  startTime: 1748339030665,
  finishTime: 1748339072775,
  imageUrl: `https://cdn.discordapp.com/attachments/1050703772185268251/1376858603847417937/dog_playing_ball_${HASH}.png`,
  progress: '100%',
  failReason: null,
  properties: { finalPrompt: 'dog playing ball --v 7', messageHash: HASH, notifyHook: null },
  buttons: gridButtons(HASH),
};

/** Examples by component schema id; the generator adds each to its component. */
export const COMPONENT_EXAMPLES: Readonly<Record<string, unknown>> = {
  SubmitResult: SUBMIT_RESULT_EXAMPLE,
  Task: TASK_EXAMPLE,
};
