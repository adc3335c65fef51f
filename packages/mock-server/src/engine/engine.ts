import type { EngineEventInfo, SeedTask, Task, TaskStatus } from '@mjkit/contract';
import type { Clock } from './clock';
import { createRecord } from './create-record';
import { createEmitter, type Emitter } from './emitter';
import { type EngineConfig, mergeConfig } from './engine-config';
import { CDN_PREFIX, finalImageFile, type ImageSpec, parseImageFile, previewImageFile } from './media';
import { createOutcomeStore, type OutcomeStore } from './outcomes';
import { buttonsFor } from './product-buttons';
import { createRandom, type Random } from './random';
import { createTaskIds, type IdGenerator } from './task-ids';
import type { Product, SubmitInput, SubmitOutcome, TaskRecord } from './task-record';
import { planTimeline } from './timeline';

/** One change of a task: what the control API reports, plus the task as it is now (for notifyHook). */
export interface TaskChange extends EngineEventInfo {
  task: Task;
}

/** The engine's typed events. */
export interface EngineEvents extends Record<string, unknown> {
  change: TaskChange;
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
  /** The simulated upstream account's ids, as envelopes and task properties carry them. */
  readonly instance: { discordInstanceId: string; discordChannelId: string };
  config(): EngineConfig;
  configure(patch: Parameters<typeof mergeConfig>[1]): EngineConfig;
  submit(input: SubmitInput): SubmitOutcome;
  /** Queues a MODAL task (after /submit/modal), optionally with a new prompt. */
  confirmModal(id: string, prompt: string | undefined): SubmitOutcome;
  get(id: string): Task | undefined;
  record(id: string): Readonly<TaskRecord> | undefined;
  list(ids: readonly string[]): Task[];
  /** Processes every scheduled change up to the clock's now; returns what changed, in order. */
  sync(): TaskChange[];
  seed(input: SeedTask, baseUrl: string): Task;
  /** Describes the image behind `/cdn/attachments/<taskId>/<file>`, if it exists. */
  imageSpec(taskId: string, file: string): ImageSpec | undefined;
  stats(): EngineStats;
  reset(): void;
}

/** What the engine is made of: injected time, randomness and config. */
export interface EngineDeps {
  clock: Clock;
  seed?: number;
  config: EngineConfig;
  ids?: IdGenerator;
}

const clone = <T>(value: T): T => structuredClone(value);

/** Creates an engine. */
export function createEngine(deps: EngineDeps): Engine {
  const { clock } = deps;
  let config = deps.config;
  const random = createRandom(deps.seed ?? 1);
  const nextId = deps.ids ?? createTaskIds(clock, random);
  const instanceId = `1${random.digits(18)}`;
  const channelId = `1${random.digits(18)}`;
  const events = createEmitter<EngineEvents>();
  const outcomes = createOutcomeStore();
  const records = new Map<string, TaskRecord>();
  const running = new Set<string>();
  let queue: string[] = [];
  const fired: TaskChange[] = [];

  const emit = (type: TaskChange['type'], r: TaskRecord, at: number) => {
    const change: TaskChange = {
      type,
      at,
      taskId: r.task.id,
      status: r.task.status,
      progress: r.task.progress,
      task: clone(r.task),
    };
    fired.push(change);
    events.emit('change', change);
  };

  const url = (r: TaskRecord, file: string) => `${r.baseUrl}${CDN_PREFIX}/${r.task.id}/${file}`;

  const recordDeps = () => ({
    now: clock.now(),
    id: nextId(),
    random,
    config,
    instance: { discordInstanceId: instanceId, discordChannelId: channelId },
  });

  const start = (r: TaskRecord, at: number) => {
    running.add(r.task.id);
    const total = r.durationMs;
    const startMs = Math.min(config.durations.startMs, Math.round(total / 4));
    r.timeline = planTimeline(random, startMs, total, r.end);
    r.step = 0;
    Object.assign(r.task, { status: 'SUBMITTED', progress: '0%', startTime: at });
    r.task.properties.progressMessageId = `1${random.digits(18)}`;
    emit('status', r, at);
  };

  const fillSlots = (at: number) => {
    while (running.size < config.concurrency && queue.length > 0) {
      const id = queue.shift()!;
      const r = records.get(id);
      if (r) start(r, at);
    }
  };

  const finish = (r: TaskRecord, at: number, status: 'SUCCESS' | 'FAILURE', failReason?: string) => {
    const t = r.task;
    t.status = status;
    t.finishTime = at;
    if (status === 'SUCCESS') {
      t.progress = '100%';
      t.imageUrl = r.finalImageUrl ?? url(r, finalImageFile(t.prompt, r.hash));
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
        messageContent: `**${t.promptEn || t.prompt}** - <@${instanceId}> (${t.mode.toLowerCase()})`,
      });
      if (r.video) {
        const clips = Array.from(
          { length: r.video.count },
          (_, i) => `${r.baseUrl}${CDN_PREFIX}/${t.id}/${r.hash}_${i}.mp4`,
        );
        t.videoUrl = clips[0] ?? null;
        t.videoUrls = clips.map((u) => ({ url: u }));
      }
    } else {
      t.progress = '';
      t.failReason = failReason ?? 'Invalid Form Body';
    }
    running.delete(t.id);
    emit('finished', r, at);
    fillSlots(at);
  };

  /** The next scheduled change of a running task: its next step or its timeout. */
  const nextDue = (r: TaskRecord): { at: number; timeout: boolean } | undefined => {
    const startTime = r.task.startTime;
    if (startTime === null || !r.timeline) return undefined;
    const step = r.timeline[r.step];
    const timeoutAt = startTime + config.timeoutMs;
    const stepAt = step ? startTime + step.offset : Number.POSITIVE_INFINITY;
    return stepAt <= timeoutAt ? { at: stepAt, timeout: false } : { at: timeoutAt, timeout: true };
  };

  const applyNext = (r: TaskRecord, due: { at: number; timeout: boolean }) => {
    if (due.timeout) return finish(r, due.at, 'FAILURE', '任务超时');
    const step = r.timeline![r.step++]!;
    if (step.status === 'SUCCESS') return finish(r, due.at, 'SUCCESS');
    if (step.status === 'FAILURE')
      return finish(r, due.at, 'FAILURE', r.end.kind === 'failure' ? r.end.reason : undefined);
    const wasStatus = r.task.status;
    r.task.status = 'IN_PROGRESS';
    r.task.progress = step.progress;
    const pct = Number.parseInt(step.progress, 10);
    if (pct > 0) r.task.imageUrl = url(r, previewImageFile(pct, r.hash));
    emit(wasStatus === 'IN_PROGRESS' ? 'progress' : 'status', r, due.at);
  };

  const enqueue = (r: TaskRecord): SubmitOutcome => {
    const now = clock.now();
    if (running.size < config.concurrency && queue.length === 0) {
      start(r, now);
      return { kind: 'started', task: clone(r.task) };
    }
    const ahead = queue.length;
    queue.push(r.task.id);
    return { kind: 'queued', task: clone(r.task), ahead };
  };

  const hasRoom = () => running.size < config.concurrency || queue.length < config.queueSize;

  const engine: Engine = {
    events,
    outcomes,
    random,
    instance: { discordInstanceId: instanceId, discordChannelId: channelId },
    config: () => clone(config),
    configure(patch) {
      config = mergeConfig(config, patch);
      fillSlots(clock.now());
      return clone(config);
    },
    submit(input) {
      engine.sync();
      if (!input.modal && !hasRoom()) return { kind: 'rejected', reason: 'queue-full' };
      const r = createRecord(input, recordDeps());
      records.set(r.task.id, r);
      emit('created', r, clock.now());
      if (input.modal) return { kind: 'modal', task: clone(r.task) };
      return enqueue(r);
    },
    confirmModal(id, prompt) {
      engine.sync();
      const r = records.get(id);
      if (r?.task.status !== 'MODAL') throw new Error(`task ${id} is not waiting for a modal`);
      if (!hasRoom()) return { kind: 'rejected', reason: 'queue-full' };
      if (prompt !== undefined && prompt !== '') {
        r.task.prompt = prompt;
        r.task.promptEn = prompt;
        r.task.properties.finalPrompt = prompt;
      }
      r.task.status = 'NOT_START';
      emit('status', r, clock.now());
      return enqueue(r);
    },
    get: (id) => {
      const r = records.get(id);
      return r ? clone(r.task) : undefined;
    },
    record: (id) => records.get(id),
    list: (ids) => ids.flatMap((id) => (records.has(id) ? [clone(records.get(id)!.task)] : [])),
    sync() {
      const target = clock.now();
      fired.length = 0;
      for (;;) {
        let best: { r: TaskRecord; due: { at: number; timeout: boolean } } | undefined;
        for (const id of running) {
          const r = records.get(id)!;
          const due = nextDue(r);
          if (due && due.at <= target && (!best || due.at < best.due.at)) best = { r, due };
        }
        if (!best) break;
        applyNext(best.r, best.due);
      }
      return fired.splice(0);
    },
    seed(input, baseUrl) {
      const status: TaskStatus = input.status ?? 'SUCCESS';
      const prompt = input.prompt ?? 'a seeded task';
      const action = input.action ?? 'IMAGINE';
      const product: Product = action === 'UPSCALE' ? 'upscale' : action === 'DESCRIBE' ? 'describe' : 'grid';
      const { width, height } = { width: config.imageSize, height: config.imageSize };
      const r = createRecord(
        {
          action,
          prompt,
          description: `/${action.toLowerCase()} ${prompt}`,
          state: input.state ?? null,
          notifyHook: input.notifyHook ?? null,
          botType: 'MID_JOURNEY',
          mode: 'FAST',
          baseUrl,
          product,
          media: {
            layout: product === 'upscale' ? 'single' : 'grid',
            width,
            height,
            palette: [],
            inputs: [],
          },
        },
        recordDeps(),
      );
      records.set(r.task.id, r);
      const now = clock.now();
      if (status === 'SUCCESS' || status === 'FAILURE') {
        r.task.startTime = now;
        finish(r, now, status, input.failReason);
      } else {
        Object.assign(r.task, { status, progress: input.progress ?? (status === 'NOT_START' ? '' : '0%') });
        if (status !== 'NOT_START' && status !== 'MODAL') r.task.startTime = now;
        emit('created', r, now);
      }
      return clone(r.task);
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
    reset() {
      records.clear();
      running.clear();
      queue = [];
      outcomes.clear();
    },
  };
  return engine;
}
