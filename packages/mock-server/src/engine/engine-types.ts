import type { EngineEventInfo, SeedTask, Task } from '@mjkit/contract';
import type { Clock } from './clock';
import type { Emitter } from './emitter';
import type { EngineConfig, EngineLimits, mergeConfig } from './engine-config';
import type { ImageSpec } from './media';
import type { OutcomeStore } from './outcomes';
import type { Random } from './random';
import type { Scheduler } from './scheduler';
import type { EngineSnapshot } from './snapshot';
import type { IdGenerator } from './task-ids';
import type { SubmitInput, SubmitOutcome, TaskRecord } from './task-record';

/**
 * One change of a task. `task` and `record` are the live objects, not copies: read them during the
 * event; a listener that keeps data copies (or renders) what it needs right away.
 */
export interface TaskChange extends EngineEventInfo {
  task: Readonly<Task>;
  record: Readonly<TaskRecord>;
}

/** The ids one engine call touched: a store commits each batch in one transaction. */
export interface ChangeBatch {
  at: number;
  taskIds: string[];
  /** Ids removed (evicted or reset) in this batch. */
  removed: string[];
}

/** The engine's typed events. */
export interface EngineEvents extends Record<string, unknown> {
  change: TaskChange;
  batch: ChangeBatch;
}

/** Counts for the control API's state. */
export interface EngineStats {
  counts: Record<string, number>;
  running: number;
  queued: number;
}

/** The simulation (DESIGN.md §3): pure, driven by the injected clock and seeded random. */
export interface Engine {
  readonly events: Emitter<EngineEvents>;
  readonly outcomes: OutcomeStore;
  readonly random: Random;
  readonly scheduler: Pick<Scheduler, 'ops' | 'size'>;
  /** The simulated upstream account's ids, as envelopes and task properties carry them. */
  readonly instance: { discordInstanceId: string; discordChannelId: string };
  /** The current config: frozen, shared, never copied (read it freely on hot paths). */
  config(): Readonly<EngineConfig>;
  configure(patch: Parameters<typeof mergeConfig>[1]): Readonly<EngineConfig>;
  readonly limits: Readonly<EngineLimits>;
  submit(input: SubmitInput): SubmitOutcome;
  /** Queues a MODAL task (after /submit/modal), optionally with a new prompt. */
  confirmModal(id: string, prompt: string | undefined): SubmitOutcome;
  /** The live task (read-only; do not keep it across calls). */
  get(id: string): Readonly<Task> | undefined;
  record(id: string): Readonly<TaskRecord> | undefined;
  list(ids: readonly string[]): Readonly<TaskRecord>[];
  /** Every stored task (bounded by `limits.maxTasks`), in store order. */
  all(): Readonly<TaskRecord>[];
  /** Tasks running or waiting for a slot (the upstream's queue: NZ `getQueueTasks`). */
  pending(): Readonly<TaskRecord>[];
  /**
   * Fails an unfinished task with `reason` (trueai's cancel: `task.Fail("取消任务")`), freeing its
   * slot or queue place. Returns false for an unknown or finished task.
   */
  cancel(id: string, reason: string): boolean;
  /** Processes every scheduled change up to the clock's now; returns what changed, in order. */
  sync(): TaskChange[];
  seed(input: SeedTask, options?: { owner?: string | null }): Readonly<TaskRecord>;
  /** Describes the image behind `/cdn/attachments/<taskId>/<file>`, if it exists. */
  imageSpec(taskId: string, file: string): ImageSpec | undefined;
  stats(): EngineStats;
  /** Tasks evicted so far because the store was full (`maxTasks`). */
  evictions(): number;
  reset(): void;
  /** The whole state as plain JSON (a deep copy). */
  snapshot(): EngineSnapshot;
  /**
   * Replaces the whole state with a snapshot's, copied first. With `adopt`, the engine takes the
   * snapshot's objects as they are (no copy): for a snapshot made for this call alone, such as one
   * parsed from a store, that nobody reads or changes afterwards.
   */
  restore(snapshot: EngineSnapshot, options?: RestoreOptions): void;
  /**
   * The snapshot without its O(stored tasks) parts (`tasks`, `finished`): what a store rewrites with
   * every change batch. Small: the queue and running lists are bounded by the config.
   */
  snapshotMeta(): Omit<EngineSnapshot, 'tasks' | 'finished'>;
}

/** Options of `restore()`. */
export interface RestoreOptions {
  /** Take the snapshot's objects instead of a deep copy (the caller gives them up). */
  adopt?: boolean;
}

/** What the engine is made of: injected time, randomness, config and limits. */
export interface EngineDeps {
  clock: Clock;
  seed?: number;
  config: EngineConfig;
  limits?: Partial<EngineLimits>;
  ids?: IdGenerator;
}
