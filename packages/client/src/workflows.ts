import { type ButtonQuery, findButton, type SUBMIT_ROUTE_NAMES } from '@mjkit/contract/core';
import { ButtonNotFoundError } from './errors';
import type { CallOptions, MjClient, Submitted } from './mj-client';
import type { MjTask } from './task';
import { type WaitOptions, type WaitResult, waitForTask } from './wait-for-task';

/** Submit routes that create a task: the contract's submit routes but the upload (which makes none). */
export type SubmitRoute = Exclude<(typeof SUBMIT_ROUTE_NAMES)[number], 'uploadDiscordImages'>;

/** The body type of a submit route. */
export type SubmitBody<R extends SubmitRoute> = Parameters<MjClient[R]>[0];

/**
 * Submits, then waits (DESIGN.md §4). Code 21 returns `needs-modal` with the MODAL task; rejections
 * (23, 24, 4…) throw `MjApiError`.
 * @example const r = await submitAndWait(mj, 'imagine', { prompt: 'cat' }); if (r.kind === 'success') show(r.task.imageUrl)
 */
export async function submitAndWait<R extends SubmitRoute>(
  client: MjClient,
  route: R,
  body: SubmitBody<R>,
  options: WaitOptions & Pick<CallOptions, 'extraFields'> = {},
): Promise<WaitResult & { submitted: Submitted }> {
  const { extraFields, ...wait } = options;
  const submitted = await (client[route] as (b: SubmitBody<R>, c?: CallOptions) => Promise<Submitted>)(body, {
    signal: options.signal,
    ...(extraFields ? { extraFields } : {}),
  });
  const result = await waitForTask(
    submitted.taskId,
    (id) => client.fetchTask(id, { signal: options.signal }),
    {
      sleep: client.sleep,
      ...wait,
    },
  );
  return { ...result, submitted };
}

/** Options of {@link pressButton}. */
export interface PressOptions {
  /** Prompt for the modal when the button answers 21 (default: the task's own). */
  prompt?: string;
  /** Mask for Vary (Region), as a data URL. */
  maskBase64?: string;
  /** Confirm code 21 with /submit/modal right away (default true). */
  confirmModal?: boolean;
  enableRemix?: boolean;
  state?: string;
  notifyHook?: string;
  signal?: AbortSignal;
}

/** What pressing a button did. */
export interface Pressed {
  /** The new task (already confirmed when the answer was 21 and `confirmModal` is on). */
  taskId: string;
  /** The action's answer. */
  submitted: Submitted;
  /** The modal's answer, when one was sent. */
  confirmed?: Submitted;
}

/**
 * Finds a button on a finished task by label (`U1`, `Zoom Out 2x`), emoji (`🔄`) or predicate
 * ({@link ButtonNotFoundError} when none matches, before anything is sent), and runs it; when the answer is code 21 (Custom Zoom, Vary Region, PicReader, remix), sends
 * /submit/modal with the given prompt/mask and returns the resumed task id.
 * @example const { taskId } = await pressButton(mj, grid, 'U1'); await pressButton(mj, upscaled, 'Vary (Region)', { maskBase64 })
 */
export async function pressButton(
  client: MjClient,
  task: MjTask,
  query: ButtonQuery,
  options: PressOptions = {},
): Promise<Pressed> {
  const button = findButton(task.buttons, query);
  if (!button) {
    const labels = (task.buttons ?? []).map((b) => b.label || b.emoji || b.customId);
    throw new ButtonNotFoundError(task.id, typeof query === 'string' ? `"${query}"` : 'matching', labels);
  }
  const call = { signal: options.signal };
  const submitted = await client.action(
    {
      taskId: task.id,
      customId: button.customId,
      ...(options.enableRemix === undefined ? {} : { enableRemix: options.enableRemix }),
      ...(options.state === undefined ? {} : { state: options.state }),
      ...(options.notifyHook === undefined ? {} : { notifyHook: options.notifyHook }),
    },
    call,
  );
  if (submitted.code !== 21 || options.confirmModal === false) return { taskId: submitted.taskId, submitted };
  const confirmed = await client.modal(
    {
      taskId: submitted.taskId,
      ...(options.prompt === undefined ? {} : { prompt: options.prompt }),
      ...(options.maskBase64 === undefined ? {} : { maskBase64: options.maskBase64 }),
    },
    call,
  );
  return { taskId: confirmed.taskId, submitted, confirmed };
}
