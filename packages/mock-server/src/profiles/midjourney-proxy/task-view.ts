import type { TaskWire, UpstreamVariant } from '@mjkit/contract';
import type { TaskRecord } from '../../engine/task-record';
import { VARIANTS } from './variants';

/** TaskInfo fields only TA sends (NZ's `support/Task.java` has none of them). */
const TA_ONLY = ['buttons', 'mode', 'botType', 'parentId', 'imageUrls', 'videoUrl', 'videoUrls'] as const;

/**
 * A task as the variant serialises it: NZ (Jackson, nulls included) without buttons, mode, botType
 * or parentId; TA with the full TaskInfo.
 */
export function upstreamTaskView(task: TaskWire, variant: UpstreamVariant): TaskWire {
  if (VARIANTS[variant].richTask) return task;
  const out: Record<string, unknown> = { ...task };
  for (const key of TA_ONLY) delete out[key];
  for (const key of ['startTime', 'finishTime', 'imageUrl', 'failReason', 'state'] as const) {
    if (out[key] === undefined) out[key] = null;
  }
  return out as TaskWire;
}

/**
 * TA's view of a task made by a modal button (`SubmitController.cs:654-664`, `TaskService.cs:1703-1718`):
 * Vary (Region) is stored as action VARIATION, its prompt cleared while it waits in MODAL; Custom Zoom
 * as action ZOOM with description `Waiting for window confirm`. `view` is changed and returned.
 */
export function trueaiModalView(record: Readonly<TaskRecord>, view: TaskWire): TaskWire {
  const kind = record.customId?.kind;
  if (kind === 'inpaint') {
    view.action = 'VARIATION';
    if (record.task.status === 'MODAL') {
      view.prompt = '';
      view.promptEn = '';
    }
  } else if (kind === 'custom_zoom') {
    view.action = 'ZOOM';
    view.description = 'Waiting for window confirm';
  }
  return view;
}

/** The notify rank of `STATUS:progress` (NZ `NotifyServiceImpl.convertOrder`). */
export function notifyRank(status: string, progress: string | null | undefined): number {
  const base: Record<string, number> = {
    NOT_START: 0,
    SUBMITTED: 1,
    MODAL: 2,
    IN_PROGRESS: 3,
    FAILURE: 4,
    SUCCESS: 4,
  };
  const order = base[status] ?? 0;
  if (status !== 'IN_PROGRESS' || !progress?.endsWith('%')) return order;
  return order + Number.parseFloat(progress) / 100;
}

/**
 * Whether a notification is sent after `last` (the last one sent for this task, or undefined): NZ
 * skips only a lower rank (equal ranks go again, so duplicates happen), TA skips lower or equal.
 */
export function shouldNotify(variant: UpstreamVariant, last: number | undefined, next: number): boolean {
  if (last === undefined) return true;
  return VARIANTS[variant].notifyEqualRankAgain ? next >= last : next > last;
}
