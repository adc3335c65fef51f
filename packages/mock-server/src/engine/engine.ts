import { isTerminalStatus, type TaskStatus, UPSTREAM_TEXTS } from '@mjkit/contract';
import { createRecord } from './create-record';
import { createFinishedOrder } from './finished-order';
import { createEmitter } from './emitter';
import { type EngineConfig, type EngineLimits, defaultLimits, mergeConfig } from './engine-config';
import type { ChangeBatch, Engine, EngineDeps, EngineEvents, TaskChange } from './engine-types';
import { parseImageFile, previewImageFile } from './media';
import { createOutcomeStore } from './outcomes';
import { createRandom } from './random';
import { createScheduler } from './scheduler';
import { seedInput } from './seed-input';
import { setStatus } from './set-status';
import { ENGINE_SNAPSHOT_VERSION } from './snapshot';
import { createTaskIds } from './task-ids';
import type { SubmitOutcome, TaskRecord } from './task-record';
import { taskFilePath, writeResult } from './task-result';
import { planTimeline } from './timeline';

export type {
  ChangeBatch,
  Engine,
  EngineDeps,
  EngineEvents,
  EngineStats,
  RestoreOptions,
  TaskChange,
} from './engine-types';

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
  const finished = createFinishedOrder();
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
    while (records.size > limits.maxTasks) {
      const id = finished.takeOldest();
      if (id === undefined) break;
      if (records.delete(id)) {
        evicted++;
        removed.push(id);
      }
    }
  };

  const finish = (r: TaskRecord, at: number, status: 'SUCCESS' | 'FAILURE', failReason?: string) => {
    const t = r.task;
    setStatus(t, status);
    t.finishTime = at;
    r.gen++;
    writeResult(r, status, failReason, random, instance);
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
    if (pct > 0) t.imageUrl = taskFilePath(r, previewImageFile(pct, r.hash));
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
      const r = createRecord(seedInput(input, config, options.owner ?? null), recordDeps());
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
      finished.replace([]);
      outcomes.clear();
      flush();
    },
    snapshot: () =>
      structuredClone({
        ...engine.snapshotMeta(),
        tasks: [...records.values()],
        finished: finished.list(),
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
    restore(snapshot, options = {}) {
      if (snapshot.version !== ENGINE_SNAPSHOT_VERSION)
        throw new Error(`engine snapshot version ${snapshot.version} is not ${ENGINE_SNAPSHOT_VERSION}`);
      // A deep copy was about half of a restart's restore time (docs/persistence.md): skipped on adopt.
      const copy = options.adopt ? snapshot : structuredClone(snapshot);
      engine.reset();
      for (const r of copy.tasks) records.set(r.task.id, r);
      queue = copy.queue;
      finished.replace(copy.finished);
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
