/**
 * Request bodies as exact plain types (no index signature, no zod): what the typed client lets a caller
 * send, so a typo such as `notifyhook` or `mode: 'fastest'` fails to compile (issue 14 point 4). The
 * zod request schemas accept every body of these types; `test/core-types.test.ts` checks both the
 * field names and the assignability. Unlisted fields go through the client's explicit `extraFields`.
 */
import type { SpeedMode } from '../speed-mode';

/** A speed mode as a body may spell it (the gateway reads any case). */
export type SpeedModeInput = SpeedMode | Lowercase<SpeedMode>;

/** `botType`: Midjourney or Niji; trueai also accepts `mj`/`niji`. */
export type BotType = 'MID_JOURNEY' | 'NIJI_JOURNEY' | 'mj' | 'niji';

/** Blend/imagine `dimensions`: PORTRAIT 2:3, SQUARE 1:1, LANDSCAPE 3:2. */
export type Dimensions = 'PORTRAIT' | 'SQUARE' | 'LANDSCAPE';

/** Fields every submit takes. */
export interface CommonSubmitFields {
  /** `RELAX`, `FAST` or `TURBO`; absent means FAST; a path prefix wins. */
  mode?: SpeedModeInput;
  /** Custom value echoed on the task. */
  state?: string;
  /** URL that receives a POST of the task JSON on every change. */
  notifyHook?: string;
}

/** trueai's account filter; ignored by the mock. */
export type AccountFilter = Record<string, unknown>;

/** POST /mj/submit/imagine */
export interface ImagineBody extends CommonSubmitFields {
  prompt: string;
  base64Array?: string[];
  base64?: string;
  botType?: BotType;
  dimensions?: Dimensions;
  accountFilter?: AccountFilter;
}

/** POST /mj/submit/blend: 2 to 5 images as data URLs. */
export interface BlendBody extends CommonSubmitFields {
  base64Array: string[];
  dimensions?: Dimensions;
  botType?: BotType;
  accountFilter?: AccountFilter;
}

/** POST /mj/submit/describe: `base64` (upstream), `base64Array` (gateway DTO) or `link` (trueai). */
export interface DescribeBody extends CommonSubmitFields {
  base64?: string;
  base64Array?: string[];
  link?: string;
  botType?: BotType;
  language?: string;
  accountFilter?: AccountFilter;
}

/** POST /mj/submit/shorten */
export interface ShortenBody extends CommonSubmitFields {
  prompt: string;
  botType?: BotType;
}

/** POST /mj/submit/change: the classic U/V/R on a grid. */
export interface ChangeBody extends CommonSubmitFields {
  taskId: string;
  action: 'UPSCALE' | 'VARIATION' | 'REROLL';
  /** 1–4; required for UPSCALE and VARIATION. */
  index?: number;
}

/** POST /mj/submit/simple-change: `content` is `"<taskId> U1..U4|V1..V4|R"`. */
export interface SimpleChangeBody extends CommonSubmitFields {
  content: string;
}

/** POST /mj/submit/action: press a button (`customId`) of a finished task. */
export interface ActionBody extends CommonSubmitFields {
  taskId: string;
  customId: string;
  enableRemix?: boolean;
  chooseSameChannel?: boolean;
  accountFilter?: AccountFilter;
}

/** POST /mj/submit/modal: continue a task that answered code 21. */
export interface ModalBody extends CommonSubmitFields {
  taskId: string;
  prompt?: string;
  maskBase64?: string;
}

/** POST /mj/submit/video: from a prompt and start image, or `action:"extend"` of a video task. */
export interface VideoBody extends CommonSubmitFields {
  prompt: string;
  image?: string;
  endImage?: string;
  motion?: 'low' | 'high';
  loop?: boolean;
  action?: string;
  taskId?: string;
  /** 0-based video index. */
  index?: number;
  videoType?: string;
  batchSize?: number;
}

/** POST /mj/submit/edits */
export interface EditsBody extends CommonSubmitFields {
  prompt: string;
  image: string;
}

/** POST /mj/submit/upload-discord-images: no task; `result` lists the stored images' URLs. */
export interface UploadBody {
  base64Array: string[];
  filter?: AccountFilter;
  accountFilter?: AccountFilter;
  mode?: SpeedModeInput;
}

/** POST /mj/insight-face/swap */
export interface SwapFaceBody extends CommonSubmitFields {
  sourceBase64: string;
  targetBase64: string;
}

/** POST /mj/task/list-by-condition */
export interface ListByConditionBody {
  ids?: (string | number)[];
}
