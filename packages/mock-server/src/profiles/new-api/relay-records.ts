import type { TaskWire } from '@mjkit/contract';
import type { NewApiRecord } from './task-dto';

/** new-api's poll interval (`controller/midjourney.go` `UpdateMidjourneyTaskBulk`: every 15 s). */
export const NEW_API_POLL_MS = 15_000;
/** A task without 100 % after this fails (`上游任务超时（超过1小时）`). */
export const NEW_API_TIMEOUT_MS = 3_600_000;
/** The failReason new-api writes on that timeout. */
export const NEW_API_TIMEOUT_REASON = '上游任务超时（超过1小时）';

/** Options of {@link createRelayRecords}. */
export interface RelayRecordOptions {
  /** Poll interval in simulated ms (15 s divided by `--speed`), read at each poll; 0 polls on every read (lag off). */
  pollMs: () => number;
  /** Most records kept; the oldest go first. */
  maxRecords: number;
}

/** new-api's own task table: one record per accepted submit, scoped to the key that made it. */
export interface RelayRecords {
  /** Stores a record for an accepted submit. */
  add(owner: string, record: Omit<NewApiRecord, 'polled'>): void;
  /**
   * The record of `id` for `owner` (another key's id is `undefined`, as `GetByMJId(userId, id)`),
   * brought up to the last poll tick at `now` with `upstream(id)`.
   */
  get(
    owner: string,
    id: string,
    now: number,
    upstream: (id: string) => TaskWire | undefined,
  ): NewApiRecord | undefined;
  /** Every record of `owner` among `ids`. */
  list(
    owner: string,
    ids: readonly string[],
    now: number,
    upstream: (id: string) => TaskWire | undefined,
  ): NewApiRecord[];
  /** Whether any owner has a record `id` (`GetByOnlyMJId`, used by `/mj/image/:id`). */
  has(id: string): boolean;
  /** Records evicted so far. */
  evicted(): number;
  clear(): void;
}

interface Entry {
  owner: string;
  record: NewApiRecord;
  /** Index of the last poll tick applied. */
  tick: number;
}

/**
 * new-api's record store. Polls are applied lazily: a read at `now` applies the poll tick
 * `floor(now / pollMs)` once (a record whose submit came after that tick stays at status `""`), so a
 * manual clock shows exactly what new-api's 15-s poller would, with no timer.
 */
export function createRelayRecords(options: RelayRecordOptions): RelayRecords {
  const entries = new Map<string, Entry>();
  let evictions = 0;
  const refresh = (entry: Entry, now: number, upstream: (id: string) => TaskWire | undefined) => {
    const pollMs = options.pollMs();
    const tick = pollMs > 0 ? Math.floor(now / pollMs) : now;
    const tickTime = pollMs > 0 ? tick * pollMs : now;
    if (tick === entry.tick || tickTime < entry.record.submitTime) return;
    entry.tick = tick;
    const up = upstream(entry.record.id);
    if (!up) return;
    const done = up.progress === '100%';
    if (!done && tickTime - entry.record.submitTime > NEW_API_TIMEOUT_MS) {
      entry.record = {
        ...entry.record,
        polled: { ...up, status: 'FAILURE', failReason: NEW_API_TIMEOUT_REASON },
      };
      return;
    }
    if (entry.record.polled?.progress === '100%' || entry.record.polled?.status === 'FAILURE') return;
    entry.record = { ...entry.record, polled: up };
  };
  return {
    add(owner, record) {
      entries.delete(record.id);
      entries.set(record.id, { owner, record: { ...record, polled: undefined }, tick: -1 });
      while (entries.size > options.maxRecords) {
        const oldest = entries.keys().next().value as string;
        entries.delete(oldest);
        evictions++;
      }
    },
    get(owner, id, now, upstream) {
      const entry = entries.get(id);
      if (!entry || entry.owner !== owner) return undefined;
      refresh(entry, now, upstream);
      return entry.record;
    },
    list(owner, ids, now, upstream) {
      const out: NewApiRecord[] = [];
      for (const id of new Set(ids)) {
        const record = this.get(owner, id, now, upstream);
        if (record) out.push(record);
      }
      return out;
    },
    has: (id) => entries.has(id),
    evicted: () => evictions,
    clear: () => entries.clear(),
  };
}
