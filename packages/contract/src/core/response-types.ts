/**
 * Response and payload types as plain TypeScript (no zod): what the typed client reads. The zod
 * schemas in `schemas/` must infer exactly these; `test/core-types.test.ts` fails otherwise.
 */
import type { TaskStatus } from '../task-status';

/** A Discord-style button as the mock emits it (spec §4): `type` 2 = button, `style` 2 grey / 3 green. */
export interface Button {
  customId: string;
  emoji: string;
  label: string;
  type: number;
  style: number;
}

/** A button as any gateway may send it (fields may be missing; unknown ones kept). */
export interface ButtonWire {
  customId: string;
  emoji?: string | null | undefined;
  label?: string | null | undefined;
  type?: number | null | undefined;
  style?: number | null | undefined;
  [key: string]: unknown;
}

/** One entry of `imageUrls` / `videoUrls`. */
export interface MediaUrl {
  url: string;
  thumbnail?: string | undefined;
}

/**
 * A task as any gateway may send it (spec §3.1): ids may be numbers, status may be `""` or `CANCEL`,
 * `properties` absent or null; unknown fields are kept.
 */
export interface TaskWire {
  id: string | number;
  action?: string | null | undefined;
  status?: TaskStatus | '' | null | undefined;
  prompt?: string | null | undefined;
  promptEn?: string | null | undefined;
  description?: string | null | undefined;
  state?: string | null | undefined;
  submitTime?: number | null | undefined;
  startTime?: number | null | undefined;
  finishTime?: number | null | undefined;
  imageUrl?: string | null | undefined;
  progress?: string | null | undefined;
  failReason?: string | null | undefined;
  properties?: Record<string, unknown> | null | undefined;
  buttons?: ButtonWire[] | null | undefined;
  imageUrls?: MediaUrl[] | null | undefined;
  videoUrl?: string | null | undefined;
  videoUrls?: MediaUrl[] | null | undefined;
  [key: string]: unknown;
}

/**
 * A submit result as any gateway may send it (spec §2): any integer code; `result` a task id
 * (sometimes numeric), an id list (upload), or null.
 */
export interface SubmitResultWire {
  code: number;
  description?: string | null | undefined;
  result?: string | number | string[] | null | undefined;
  properties?: Record<string, unknown> | null | undefined;
  [key: string]: unknown;
}

/** Shape A: the gateway's relay error (spec §7), e.g. `{"code":4,"description":"prompt_is_required","type":"upstream_error"}`. */
export interface ShapeAError {
  code: number;
  description: string;
  type: string;
}

/** Shape B: the distributor/auth error of new-api (spec §7). */
export interface ShapeBError {
  error: { message: string; type: string; code: string };
}

/** Body of `GET /mj/image/:id` when the task is unknown (new-api). */
export interface ImageError {
  error: string;
}

/** Any error body a gateway route may answer with (wire tier). */
export type GatewayErrorWire = ShapeAError | ShapeBError | SubmitResultWire;
