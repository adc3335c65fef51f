import type { Engine } from '../engine/engine';
import type { TaskRecord } from '../engine/task-record';
import { taskVisibleTo } from './task-visibility';

/**
 * The engine as one key sees it (issue #12 item 2: tasks are scoped to the key that created them, as
 * the real gateway scopes them per user). Another key's task reads as missing, so fetch, list,
 * action, modal and image-seed give the profile's not-found answer. Tasks without an owner (created on
 * an open mock, or seeded by the control key without `owner`) are visible to every key.
 * `owner === null` (open mock) returns the engine itself: no cost on the open path.
 */
export function scopedEngine(engine: Engine, owner: string | null): Engine {
  if (owner === null) return engine;
  const visible = (r: Readonly<TaskRecord> | undefined) =>
    r !== undefined && taskVisibleTo(owner, r) ? r : undefined;
  const view: Engine = Object.create(engine);
  view.record = (id) => visible(engine.record(id));
  view.get = (id) => visible(engine.record(id))?.task;
  view.list = (ids) => engine.list(ids).filter((r) => visible(r) !== undefined);
  view.imageSpec = (taskId, file) =>
    visible(engine.record(taskId)) ? engine.imageSpec(taskId, file) : undefined;
  return view;
}
