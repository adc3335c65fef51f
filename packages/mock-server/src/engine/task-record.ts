import type { CustomId, SpeedMode, Task, TaskAction } from '@mjkit/contract';
import type { MediaPlan } from './media';
import type { TimelineEnd, TimelineStep } from './timeline';

/** What the finished task shows besides its image. */
export type Product = 'grid' | 'upscale' | 'describe' | 'shorten' | 'video' | 'image';

/** The engine's record of one task: the public view plus the simulation state. */
export interface TaskRecord {
  /** The task as fetch and notifyHook show it (emitted tier). */
  task: Task;
  product: Product;
  media: MediaPlan;
  /** The message hash in customIds and file names. */
  hash: string;
  /** Where URLs point (`--public-url` or the submitting request's origin). */
  baseUrl: string;
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
  /** A final image that is not rendered (describe shows the described image). */
  finalImageUrl: string | undefined;
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
  baseUrl: string;
  product: Product;
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

/** How submit went. */
export type SubmitOutcome =
  | { kind: 'started'; task: Task }
  | { kind: 'queued'; task: Task; ahead: number }
  | { kind: 'modal'; task: Task }
  | { kind: 'rejected'; reason: 'queue-full' };

/** Duration multipliers per speed mode (RELAX is slower, TURBO faster). */
export const MODE_FACTOR: Record<SpeedMode, number> = { RELAX: 1.5, FAST: 1, TURBO: 0.5 };
