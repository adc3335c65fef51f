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
 * @example deliveryId('1735689600000123', 3.46) // '1735689600000123-346'
 */
export function deliveryId(taskId: string, rank: number): string {
  return `${taskId}-${Math.round(rank * 100)}`;
}

/**
 * Engine changes → notifyHook deliveries (spec §5): when the active profile's rank rule says so
 * (trueai's and the doc profile's: only when the `STATUS:progress` rank rises, so one SUBMITTED and one
 * final notification, never NOT_START or MODAL; NZ also on an equal rank) and it sends hooks. The payload is rendered once, synchronously, while the record is current.
 * Returns the unsubscribe function.
 */
export function bridgeNotifications(deps: NotifyBridgeDeps): () => void {
  const ranks = new Map<string, number>();
  const offChange = deps.engine.events.on('change', (change) => {
    const { record } = change;
    const url = record.task.properties.notifyHook;
    if (!url) return;
    const rank = notificationRank(change.status, change.progress);
    const last = ranks.get(change.taskId) ?? 0;
    const profile = deps.profile();
    if (!profile.notifyOnRank(last, rank)) return;
    if (change.type === 'finished') ranks.delete(change.taskId);
    else ranks.set(change.taskId, rank);
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
      id: deliveryId(change.taskId, rank),
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
