import type { MockConfig, StoredOutcome } from '@mjkit/contract';
import type { TaskRecord } from './task-record';

/** The version of {@link EngineSnapshot}; bump it (and add a migration) when the shape changes. */
export const ENGINE_SNAPSHOT_VERSION = 1;

/**
 * The engine's whole state as plain JSON (issue #11): what `engine.snapshot()` returns and
 * `engine.restore()` takes. A store keeps `tasks` as one row per task (each element is a
 * self-contained JSON object keyed by `task.id`) and everything else as one meta blob.
 *
 * Nothing in it is an absolute URL or a reply envelope: file references are base-URL-free paths
 * (`/cdn/attachments/<id>/<file>`), owners are key digests, never keys.
 */
export interface EngineSnapshot {
  version: typeof ENGINE_SNAPSHOT_VERSION;
  /** Every stored task record, oldest submit first (the order eviction follows). */
  tasks: TaskRecord[];
  /** Ids waiting for a slot, first in line first. */
  queue: string[];
  /** Ids holding a slot (their next due time is derived from their timeline on restore). */
  running: string[];
  /** Ids of finished tasks, oldest finish first (the eviction order). */
  finished: string[];
  /** The seeded generator's internal state: the same state and requests give the same ids. */
  random: number;
  /** The last task id handed out (ids never repeat, even across restarts). */
  lastId: string;
  /** The simulated upstream account's ids. */
  instance: { discordInstanceId: string; discordChannelId: string };
  /** Forced-outcome rules and the rule counter. */
  outcomes: { rules: StoredOutcome[]; counter: number };
  config: MockConfig;
  /** How many tasks were evicted so far (bounded store, `maxTasks`). */
  evictions: number;
}
