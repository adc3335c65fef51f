import type { CustomId, SpeedMode, Task, TaskAction } from '@mjkit/contract';
import type { MediaPlan } from './media';
import type { TimelineEnd, TimelineStep } from './timeline';

/** What the finished task shows besides its image. */
export type Product = 'grid' | 'upscale' | 'describe' | 'shorten' | 'video' | 'image';

/**
 * The engine's record of one task: facts only (issue #11). `task` has the emitted task's fields, but
 * every mock-served file is a base-URL-free path (`/cdn/attachments/<id>/<file>`); a profile's task
 * view makes URLs absolute at answer time. Plain JSON: a snapshot stores it as one row.
 */
export interface TaskRecord {
  /** The task's fields; `imageUrl`, `imageUrls`, `videoUrl`, `videoUrls` hold paths (or external URLs). */
  task: Task;
  /** A digest of the API key that created the task (`null` on an open mock); never the key. */
  owner: string | null;
  /** Reference images shown before the prompt in `promptEn` (paths or external URLs), e.g. imagine's uploads. */
  refs: string[];
  /** Blend: the references are the prompt too. */
  refsInPrompt: boolean;
  product: Product;
  media: MediaPlan;
  /** The message hash in customIds and file names. */
  hash: string;
  /** Simulated duration at speed 1, ms. */
  durationMs: number;
  end: TimelineEnd;
  /** Planned when the task starts. */
  timeline: TimelineStep[] | undefined;
  /** Index of the next step of `timeline`. */
  step: number;
  /** Set on SUCCESS for products with a text result (describe, shorten). */
  finalProperties: Partial<Task['properties']>;
  /** Video results. */
  video: { count: number } | undefined;
  /** The button that created this task, if any (modal rules depend on it). */
  customId: CustomId | undefined;
  /** A final image that is not rendered (describe shows the described image): a path or URL. */
  finalImageUrl: string | undefined;
  /** Generation of the record's scheduled event (the scheduler drops stale heap entries). */
  gen: number;
}

/** What a submit asks the engine to create. */
export interface SubmitInput {
  action: TaskAction;
  prompt: string;
  promptEn?: string | undefined;
  description: string;
  state: string | null;
  notifyHook: string | null;
  botType: Task['botType'];
  mode: SpeedMode;
  product: Product;
  /** Key digest of the submitter (default `null`). */
  owner?: string | null | undefined;
  /** Reference images before the prompt in `promptEn` (paths or external URLs). */
  refs?: readonly string[] | undefined;
  /** Show the references in `prompt` as well (blend). */
  refsInPrompt?: boolean | undefined;
  media: Omit<MediaPlan, 'seed'> & { seed?: number | undefined };
  parentId?: string | null | undefined;
  /** Extra task properties (finalPrompt…). */
  properties?: Partial<Task['properties']> | undefined;
  /** Set on SUCCESS (describe prompts, shorten Markdown). */
  finalProperties?: Partial<Task['properties']> | undefined;
  /** Create the task waiting in MODAL (code 21); it holds no slot until confirmed. */
  modal?: boolean | undefined;
  /** Forced failure reason (outcome `fail`). */
  failReason?: string | undefined;
  /** Duration multiplier (outcome `slow`). */
  slowFactor?: number | undefined;
  /** Video tasks: how many clips. */
  video?: { count: number } | undefined;
  /** The button that created this task. */
  customId?: CustomId | undefined;
  /** Use this URL as the final image instead of a rendered one. */
  finalImageUrl?: string | undefined;
}

/** How submit went; `record` is the live record (read it, do not keep or change it). */
export type SubmitOutcome =
  | { kind: 'started'; task: Readonly<Task>; record: Readonly<TaskRecord> }
  | { kind: 'queued'; task: Readonly<Task>; record: Readonly<TaskRecord>; ahead: number }
  | { kind: 'modal'; task: Readonly<Task>; record: Readonly<TaskRecord> }
  | { kind: 'rejected'; reason: 'queue-full' };

/** Duration multipliers per speed mode (RELAX is slower, TURBO faster). */
export const MODE_FACTOR: Record<SpeedMode, number> = { RELAX: 1.5, FAST: 1, TURBO: 0.5 };
