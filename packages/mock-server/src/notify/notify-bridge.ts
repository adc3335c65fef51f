import { notificationRank } from '@mjkit/contract';
import type { Engine } from '../engine/engine';
import type { Profile, RenderContext } from '../profiles/profile';
import type { Notifier } from './notifier';

/** What the bridge reads at event time. */
export interface NotifyBridgeDeps {
  engine: Engine;
  notifier: Notifier;
  profile: () => Profile;
  /** The base of URLs in payloads: `--public-url`, else the origin of the latest request. */
  baseUrl: () => string;
}

/**
 * A delivery's stable id: the task id and the notification rank it announces (×100, so `IN_PROGRESS 46%`
 * is 346). Ranks only rise per task and task ids never repeat (the last id survives restarts), so the id
 * is unique, and the same change replayed after a restart gets the same id (receivers drop duplicates).
 * NZ also sends an equal rank again (`NotifyServiceImpl.java` skips only lower ranks): the n-th repeat
 * of a rank gets the suffix `.n`, so a receiver that drops duplicates by id still sees it.
 * @example deliveryId('1735689600000123', 3.46) // '1735689600000123-346'
 * @example deliveryId('1735689600000123', 3.46, 2) // '1735689600000123-346.2'
 */
export function deliveryId(taskId: string, rank: number, repeat = 0): string {
  const base = `${taskId}-${Math.round(rank * 100)}`;
  return repeat > 0 ? `${base}.${repeat}` : base;
}

/**
 * Engine changes → notifyHook deliveries (spec §5): when the active profile's rank rule says so
 * (trueai's and the doc profile's: only when the `STATUS:progress` rank rises, so one SUBMITTED and one
 * final notification, never NOT_START or MODAL; NZ also on an equal rank) and it sends hooks. The payload is rendered once, synchronously, while the record is current.
 * Returns the unsubscribe function.
 */
export function bridgeNotifications(deps: NotifyBridgeDeps): () => void {
  // The last announced rank per task, and how often it was announced again (NZ's equal ranks).
  const ranks = new Map<string, { rank: number; repeats: number }>();
  const offChange = deps.engine.events.on('change', (change) => {
    const { record } = change;
    const url = record.task.properties.notifyHook;
    if (!url) return;
    const rank = notificationRank(change.status, change.progress);
    const last = ranks.get(change.taskId);
    const profile = deps.profile();
    if (!profile.notifyOnRank(last?.rank ?? 0, rank)) return;
    const repeat = last?.rank === rank ? last.repeats + 1 : 0;
    if (change.type === 'finished') ranks.delete(change.taskId);
    else ranks.set(change.taskId, { rank, repeats: repeat });
    const engine = deps.engine;
    if (!profile.notifies(record, engine.config())) return;
    const ctx: RenderContext = {
      route: 'fetchTask',
      baseUrl: deps.baseUrl(),
      config: engine.config(),
      instance: engine.instance,
    };
    const payload = profile.taskView(record, ctx, 'notify');
    deps.notifier.enqueue({
      id: deliveryId(change.taskId, rank, repeat),
      taskId: change.taskId,
      url,
      body: JSON.stringify(payload),
      payload,
      owner: record.owner,
    });
  });
  // Forget ranks of removed tasks so the map stays bounded by the task store.
  const offBatch = deps.engine.events.on('batch', (batch) => {
    for (const id of batch.removed) ranks.delete(id);
  });
  return () => {
    offChange();
    offBatch();
  };
}
