import {
  type EngineEventInfo,
  isTerminalStatus,
  type SeedTask,
  type Task,
  type TaskStatus,
  UPSTREAM_TEXTS,
} from '@mjkit/contract';
import type { Clock } from './clock';
import { createRecord } from './create-record';
import { createEmitter, type Emitter } from './emitter';
import { type EngineConfig, type EngineLimits, defaultLimits, mergeConfig } from './engine-config';
import { CDN_PREFIX, finalImageFile, type ImageSpec, parseImageFile, previewImageFile } from './media';
import { createOutcomeStore, type OutcomeStore } from './outcomes';
import { buttonsFor } from './product-buttons';
import { createRandom, type Random } from './random';
import { createScheduler, type Scheduler } from './scheduler';
import { setStatus } from './set-status';
import { ENGINE_SNAPSHOT_VERSION, type EngineSnapshot } from './snapshot';
import { createTaskIds, type IdGenerator } from './task-ids';
import type { Product, SubmitInput, SubmitOutcome, TaskRecord } from './task-record';
import { planTimeline } from './timeline';

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
  /** Replaces the whole state with a snapshot's. */
  restore(snapshot: EngineSnapshot): void;
  /**
   * The snapshot without its O(stored tasks) parts (`tasks`, `finished`): what a store rewrites with
   * every change batch. Small: the queue and running lists are bounded by the config.
   */
  snapshotMeta(): Omit<EngineSnapshot, 'tasks' | 'finished'>;
}

/** What the engine is made of: injected time, randomness, config and limits. */
export interface EngineDeps {
  clock: Clock;
  seed?: number;
  config: EngineConfig;
  limits?: Partial<EngineLimits>;
  ids?: IdGenerator;
}

/** The base-URL-free path of a task file. */
const filePath = (r: TaskRecord, file: string) => `${CDN_PREFIX}/${r.task.id}/${file}`;

/** Creates an engine. */
export function createEngine(deps: EngineDeps): Engine {
  const { clock } = deps;
  let config: Readonly<EngineConfig> = Object.freeze(deps.config);
  const limits: EngineLimits = { ...defaultLimits(), ...deps.limits };
  const random = createRandom(deps.seed ?? 1);
  const nextId = deps.ids ?? createTaskIds(clock, random);
  const instance = { discordInstanceId: `1${random.digits(18)}`, discordChannelId: `1${random.digits(18)}` };
  const events = createEmitter<EngineEvents>();
  const outcomes = createOutcomeStore();
  const scheduler = createScheduler();
  const records = new Map<string, TaskRecord>();
  const running = new Set<string>();
  let queue: string[] = [];
  let finished: string[] = [];
  let finishedHead = 0;
  let evicted = 0;
  const fired: TaskChange[] = [];
  const touched = new Set<string>();
  const removed: string[] = [];

  const emit = (type: TaskChange['type'], r: TaskRecord, at: number) => {
    const { task } = r;
    const change: TaskChange = {
      type,
      at,
      taskId: task.id,
      status: task.status,
      progress: task.progress,
      task,
      record: r,
    };
    fired.push(change);
    touched.add(task.id);
    events.emit('change', change);
  };

  /** Ends a public call: one batch event listing what it touched. */
  const flush = () => {
    if (touched.size === 0 && removed.length === 0) return;
    const batch: ChangeBatch = { at: clock.now(), taskIds: [...touched], removed: removed.splice(0) };
    touched.clear();
    events.emit('batch', batch);
  };

  const recordDeps = () => ({ now: clock.now(), id: nextId(), random, config, instance });

  /** The next scheduled change of a running task: its next step or its timeout. */
  const schedule = (r: TaskRecord) => {
    const startTime = r.task.startTime;
    if (startTime === null || !r.timeline) return;
    const step = r.timeline[r.step];
    const stepAt = step ? startTime + step.offset : Number.POSITIVE_INFINITY;
    scheduler.push(Math.min(stepAt, startTime + config.timeoutMs), r.task.id, r.gen);
  };

  const start = (r: TaskRecord, at: number) => {
    running.add(r.task.id);
    const total = r.durationMs;
    const startMs = Math.min(config.durations.startMs, Math.round(total / 4));
    r.timeline = planTimeline(random, startMs, total, r.end);
    r.step = 0;
    setStatus(r.task, 'SUBMITTED');
    r.task.progress = '0%';
    r.task.startTime = at;
    r.task.properties.progressMessageId = `1${random.digits(18)}`;
    r.gen++;
    schedule(r);
    emit('status', r, at);
  };

  const fillSlots = (at: number) => {
    while (running.size < config.concurrency && queue.length > 0) {
      const r = records.get(queue.shift()!);
      if (r) start(r, at);
    }
  };

  const evictIfFull = () => {
    while (records.size > limits.maxTasks && finishedHead < finished.length) {
      const id = finished[finishedHead++]!;
      if (records.delete(id)) {
        evicted++;
        removed.push(id);
      }
    }
    if (finishedHead > 1024 && finishedHead * 2 > finished.length) {
      finished = finished.slice(finishedHead);
      finishedHead = 0;
    }
  };

  const finish = (r: TaskRecord, at: number, status: 'SUCCESS' | 'FAILURE', failReason?: string) => {
    const t = r.task;
    setStatus(t, status);
    t.finishTime = at;
    r.gen++;
    if (status === 'SUCCESS') {
      t.progress = '100%';
      t.imageUrl = r.finalImageUrl ?? filePath(r, finalImageFile(t.prompt, r.hash));
      t.imageWidth = r.media.width;
      t.imageHeight = r.media.height;
      t.buttons = buttonsFor(r);
      t.imageUrls = r.product === 'grid' ? [1, 2, 3, 4].map((i) => ({ url: `${t.imageUrl}?part=${i}` })) : [];
      // Describe: the result replaces the prompt (spec §3.1).
      if (r.product === 'describe' && r.finalProperties.finalPrompt)
        t.prompt = t.promptEn = r.finalProperties.finalPrompt;
      Object.assign(t.properties, r.finalProperties, {
        messageId: `1${random.digits(18)}`,
        messageHash: r.hash,
        messageContent: `**${t.promptEn || t.prompt}** - <@${instance.discordInstanceId}> (${t.mode.toLowerCase()})`,
      });
      if (r.video) {
        const clips = Array.from({ length: r.video.count }, (_, i) => filePath(r, `${r.hash}_${i}.mp4`));
        t.videoUrl = clips[0] ?? null;
        t.videoUrls = clips.map((u) => ({ url: u }));
      }
    } else {
      t.progress = '';
      t.failReason = failReason ?? 'Invalid Form Body';
    }
    running.delete(t.id);
    finished.push(t.id);
    emit('finished', r, at);
    fillSlots(at);
  };

  const apply = (r: TaskRecord, at: number) => {
    const t = r.task;
    const step = r.timeline?.[r.step];
    const startTime = t.startTime ?? at;
    // The step or the timeout, whichever comes first (a step due exactly at the timeout still runs).
    if (!step || startTime + step.offset > startTime + config.timeoutMs)
      return finish(r, at, 'FAILURE', UPSTREAM_TEXTS.task_timeout.text);
    r.step++;
    if (step.status === 'SUCCESS') return finish(r, at, 'SUCCESS');
    if (step.status === 'FAILURE')
      return finish(r, at, 'FAILURE', r.end.kind === 'failure' ? r.end.reason : undefined);
    const wasStatus = t.status;
    setStatus(t, 'IN_PROGRESS');
    t.progress = step.progress;
    const pct = Number.parseInt(step.progress, 10);
    if (pct > 0) t.imageUrl = filePath(r, previewImageFile(pct, r.hash));
    schedule(r);
    emit(wasStatus === 'IN_PROGRESS' ? 'progress' : 'status', r, at);
  };

  const enqueue = (r: TaskRecord): SubmitOutcome => {
    const now = clock.now();
    if (running.size < config.concurrency && queue.length === 0) {
      start(r, now);
      return { kind: 'started', task: r.task, record: r };
    }
    const ahead = queue.length;
    queue.push(r.task.id);
    return { kind: 'queued', task: r.task, record: r, ahead };
  };

  const hasRoom = () => running.size < config.concurrency || queue.length < config.queueSize;

  const store = (r: TaskRecord) => {
    records.set(r.task.id, r);
    evictIfFull();
  };

  const sync = (): TaskChange[] => {
    const target = clock.now();
    fired.length = 0;
    for (let due = scheduler.popDue(target); due; due = scheduler.popDue(target)) {
      const r = records.get(due.taskId);
      if (r && r.gen === due.gen && running.has(due.taskId)) apply(r, due.at);
    }
    return fired.splice(0);
  };

  const engine: Engine = {
    events,
    outcomes,
    random,
    scheduler,
    instance,
    limits,
    config: () => config,
    configure(patch) {
      config = Object.freeze(mergeConfig(config, patch));
      fillSlots(clock.now());
      flush();
      return config;
    },
    submit(input) {
      sync();
      if (!input.modal && !hasRoom()) return { kind: 'rejected', reason: 'queue-full' };
      const r = createRecord(input, recordDeps());
      store(r);
      emit('created', r, clock.now());
      const out: SubmitOutcome = input.modal ? { kind: 'modal', task: r.task, record: r } : enqueue(r);
      flush();
      return out;
    },
    confirmModal(id, prompt) {
      sync();
      const r = records.get(id);
      if (r?.task.status !== 'MODAL') throw new Error(`task ${id} is not waiting for a modal`);
      if (!hasRoom()) return { kind: 'rejected', reason: 'queue-full' };
      if (prompt !== undefined && prompt !== '') {
        r.task.prompt = prompt;
        r.task.promptEn = prompt;
        r.task.properties.finalPrompt = prompt;
      }
      setStatus(r.task, 'NOT_START');
      emit('status', r, clock.now());
      const out = enqueue(r);
      flush();
      return out;
    },
    get: (id) => records.get(id)?.task,
    record: (id) => records.get(id),
    list: (ids) => ids.flatMap((id) => records.get(id) ?? []),
    all: () => [...records.values()],
    pending: () => [...running, ...queue].flatMap((id) => records.get(id) ?? []),
    cancel(id, reason) {
      sync();
      const r = records.get(id);
      if (!r || isTerminalStatus(r.task.status)) return false;
      queue = queue.filter((q) => q !== id);
      finish(r, clock.now(), 'FAILURE', reason);
      flush();
      return true;
    },
    sync() {
      const out = sync();
      flush();
      return out;
    },
    seed(input, options = {}) {
      const status: TaskStatus = input.status ?? 'SUCCESS';
      const prompt = input.prompt ?? 'a seeded task';
      const action = input.action ?? 'IMAGINE';
      const product: Product = action === 'UPSCALE' ? 'upscale' : action === 'DESCRIBE' ? 'describe' : 'grid';
      const size = config.imageSize;
      const r = createRecord(
        {
          action,
          prompt,
          description: `/${action.toLowerCase()} ${prompt}`,
          state: input.state ?? null,
          notifyHook: input.notifyHook ?? null,
          // A given image is kept as is (issue 14 point 10), instead of a rendered one.
          finalImageUrl: input.imageUrl,
          botType: 'MID_JOURNEY',
          mode: 'FAST',
          owner: options.owner ?? null,
          product,
          media: {
            layout: product === 'upscale' ? 'single' : 'grid',
            width: size,
            height: size,
            palette: [],
            inputs: [],
          },
        },
        recordDeps(),
      );
      store(r);
      const now = clock.now();
      if (status === 'SUCCESS' || status === 'FAILURE') {
        // A seeded task is created in its state: walk the lifecycle so every change is a legal one.
        r.task.startTime = now;
        setStatus(r.task, 'SUBMITTED');
        finish(r, now, status, input.failReason);
        if (input.imageUrl !== undefined) r.task.imageUrl = input.imageUrl;
      } else {
        // Created directly in the asked status (a seed is a creation, not a transition).
        Object.assign(r.task, { status, progress: input.progress ?? (status === 'NOT_START' ? '' : '0%') });
        if (status !== 'NOT_START' && status !== 'MODAL') r.task.startTime = now;
        if (input.imageUrl !== undefined) r.task.imageUrl = input.imageUrl;
        emit('created', r, now);
      }
      flush();
      return r;
    },
    imageSpec(taskId, file) {
      const r = records.get(taskId);
      const parsed = parseImageFile(file);
      if (!r || !parsed || !file.includes(r.hash)) return undefined;
      return { ...r.media, progress: parsed.progress };
    },
    stats() {
      const counts: Record<string, number> = {};
      for (const r of records.values()) counts[r.task.status] = (counts[r.task.status] ?? 0) + 1;
      return { counts, running: running.size, queued: queue.length };
    },
    evictions: () => evicted,
    reset() {
      removed.push(...records.keys());
      records.clear();
      running.clear();
      scheduler.clear();
      queue = [];
      finished = [];
      finishedHead = 0;
      outcomes.clear();
      flush();
    },
    snapshot: () =>
      structuredClone({
        ...engine.snapshotMeta(),
        tasks: [...records.values()],
        finished: finished.slice(finishedHead),
      }),
    snapshotMeta: () => ({
      version: ENGINE_SNAPSHOT_VERSION,
      queue: [...queue],
      running: [...running],
      random: random.state(),
      lastId: nextId.last(),
      instance: { ...instance },
      outcomes: outcomes.snapshot(),
      config,
      evictions: evicted,
    }),
    restore(snapshot) {
      if (snapshot.version !== ENGINE_SNAPSHOT_VERSION)
        throw new Error(`engine snapshot version ${snapshot.version} is not ${ENGINE_SNAPSHOT_VERSION}`);
      const copy = structuredClone(snapshot);
      engine.reset();
      for (const r of copy.tasks) records.set(r.task.id, r);
      queue = copy.queue;
      finished = copy.finished;
      for (const id of copy.running) {
        running.add(id);
        const r = records.get(id);
        if (r) schedule(r);
      }
      random.setState(copy.random);
      nextId.setLast(copy.lastId);
      Object.assign(instance, copy.instance);
      outcomes.restore(copy.outcomes);
      config = Object.freeze(copy.config);
      evicted = copy.evictions;
      touched.clear();
      removed.length = 0;
    },
  };
  return engine;
}
