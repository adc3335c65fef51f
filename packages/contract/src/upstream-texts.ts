import type { ReturnCode } from './return-codes';

/** The two upstream midjourney-proxy variants (spec/profiles.md §2): novicezk's and trueai's. */
export const UPSTREAM_VARIANTS = ['nz', 'ta'] as const;

/** One of {@link UPSTREAM_VARIANTS}. */
export type UpstreamVariant = (typeof UPSTREAM_VARIANTS)[number];

/** How one variant answers where it differs from the default. */
export interface UpstreamVariantText {
  /** A different return code (TA answers a full queue with 9, not 23). */
  readonly code?: ReturnCode;
  /** A different text. */
  readonly text?: string;
  /** A non-200 HTTP status this variant sends the envelope with (TA: 404 for code 3, 400 on image-seed). */
  readonly httpStatus?: number;
}

/** One upstream answer: the code and text an upstream envelope carries (spec/mj-api.md §1.2, §2). */
export interface UpstreamText {
  readonly code: ReturnCode;
  /** The default text (what the `doc` profile sends; NZ's where the variants differ). `{n}` is filled in. */
  readonly text: string;
  readonly nz?: UpstreamVariantText;
  readonly ta?: UpstreamVariantText;
  /** HTTP status of the envelope when it is not 200 (image-seed before SUCCESS: 400). */
  readonly httpStatus?: number;
  /** Where the text comes from (repository file), for the reader who checks it. */
  readonly source: string;
}

const NZ = 'novicezk/midjourney-proxy SubmitController.java';
const TA = 'trueai-org/midjourney-proxy SubmitController.cs';

/**
 * Every upstream text the mock can answer, keyed (DESIGN.md §2: upstream texts live in one typed
 * table). Gateway routes name a key; each profile renders the code and text of its variant.
 * Adding a key without a row fails to compile.
 */
export const UPSTREAM_TEXTS = {
  submit_success: {
    code: 1,
    text: 'Submit success',
    nz: { text: '提交成功' },
    ta: { text: '提交成功' },
    source: `${NZ}; ${TA}`,
  },
  in_queue: { code: 22, text: '排队中，前面还有{n}个任务', source: 'novicezk DiscordInstanceImpl.java:110' },
  modal_waiting: { code: 21, text: 'Waiting for window confirm', source: `${TA}:654-664` },
  queue_full: {
    code: 23,
    text: '队列已满，请稍后尝试',
    ta: { code: 9, text: '提交失败，队列已满，请稍后重试' },
    source: 'novicezk DiscordInstanceImpl.java; trueai DiscordService.cs',
  },
  banned_prompt: { code: 24, text: '可能包含敏感词', source: 'novicezk util/BannedPromptUtils.java' },
  prompt_required: { code: 4, text: 'prompt不能为空', source: NZ },
  video_prompt_required: { code: 4, text: 'Prompt 不能为空', source: TA },
  base64_invalid: { code: 4, text: 'base64格式错误', source: `${NZ}; ${TA}` },
  describe_base64_required: {
    code: 4,
    text: 'base64不能为空',
    ta: { text: 'base64或link不能为空' },
    source: `${NZ}; ${TA}:283-293`,
  },
  blend_images_invalid: {
    code: 4,
    text: 'base64List参数错误',
    ta: { text: '图片参数错误，2~5张图片' },
    source: `${NZ}:180; ${TA}:401`,
  },
  dimensions_invalid: { code: 4, text: 'dimensions参数错误', source: `${NZ}:180; ${TA}:401` },
  upload_base64_required: { code: 4, text: 'base64 参数错误', source: TA },
  edits_required: { code: 4, text: 'image或prompt不能为空', source: TA },
  swap_same_image: { code: 4, text: '人脸图片和目标图片不能相同', source: TA },
  params_invalid: { code: 4, text: '参数错误', source: TA },
  task_id_required: { code: 4, text: 'taskId不能为空', ta: { text: '参数错误' }, source: `${NZ}:110; ${TA}` },
  content_invalid: { code: 4, text: 'content参数错误', source: `${NZ}:95` },
  link_invalid: { code: 4, text: '链接格式错误', source: `${TA}:289-293` },
  change_action_invalid: { code: 4, text: 'action参数错误', source: NZ },
  change_not_allowed: { code: 4, text: '关联任务不允许执行变化', source: NZ },
  task_missing: { code: 3, text: '关联任务不存在或已失效', ta: { httpStatus: 404 }, source: `${NZ}; ${TA}` },
  task_status_invalid: { code: 4, text: '关联任务状态错误', source: `${NZ}; ${TA}` },
  image_seed_not_ready: {
    code: 4,
    text: '关联任务状态错误',
    httpStatus: 400,
    source: 'trueai-org/midjourney-proxy TaskController.cs (image-seed: 400 without a message hash)',
  },
  task_type_invalid: { code: 4, text: '任务类型错误', source: TA },
  state_too_long: { code: 4, text: 'State参数过长，最大255字符', source: TA },
  notify_hook_too_long: { code: 4, text: 'NotifyHook参数过长，最大2000字符', source: TA },
  seed_success: { code: 1, text: '成功', source: 'trueai-org/midjourney-proxy TaskController.cs' },
  upload_success: { code: 1, text: 'success', source: TA },
  task_timeout: { code: 4, text: '任务超时', source: 'trueai-org/midjourney-proxy DiscordInstance.cs' },
  task_cancelled: {
    code: 4,
    text: '取消任务',
    source: 'trueai-org/midjourney-proxy TaskController.cs (Cancel: task.Fail("取消任务"))',
  },
} as const satisfies Record<string, UpstreamText>;

/** A key of {@link UPSTREAM_TEXTS}. */
export type UpstreamTextKey = keyof typeof UPSTREAM_TEXTS;

/**
 * The code, text and HTTP status an upstream variant answers for `key` (`variant` omitted: the
 * default text). `{n}` is replaced by `n`.
 * @example upstreamText('queue_full', 'ta') // { code: 9, text: '提交失败，队列已满，请稍后重试', httpStatus: 200 }
 */
export function upstreamText(
  key: UpstreamTextKey,
  variant?: UpstreamVariant,
  n?: number,
): { code: ReturnCode; text: string; httpStatus: number } {
  const row: UpstreamText = UPSTREAM_TEXTS[key];
  const v = variant ? row[variant] : undefined;
  const text = (v?.text ?? row.text).replace('{n}', String(n ?? 0));
  return { code: v?.code ?? row.code, text, httpStatus: v?.httpStatus ?? row.httpStatus ?? 200 };
}
