/**
 * Task statuses (spec §3.2): NZ's five plus PL/TA's MODAL and CANCEL. Through new-api a task reads as
 * `""` before its first poll; clients treat that as pending.
 */
export const TASK_STATUSES = [
  'NOT_START',
  'SUBMITTED',
  'MODAL',
  'IN_PROGRESS',
  'FAILURE',
  'SUCCESS',
  'CANCEL',
] as const;

/** One of {@link TASK_STATUSES}. */
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** A status as a client may read it (adds new-api's `""`). */
export type WireTaskStatus = TaskStatus | '';

/** Statuses after which a task never changes again. */
export const TERMINAL_STATUSES: readonly TaskStatus[] = ['SUCCESS', 'FAILURE', 'CANCEL'];

/**
 * The allowed status changes. A task goes NOT_START → SUBMITTED → IN_PROGRESS → SUCCESS/FAILURE;
 * MODAL (created by an action that needs confirmation) goes to NOT_START or SUBMITTED when the modal
 * is submitted; any unfinished task can fail (rejection, timeout) or be cancelled.
 */
export const STATUS_TRANSITIONS: Readonly<Record<TaskStatus, readonly TaskStatus[]>> = {
  NOT_START: ['SUBMITTED', 'FAILURE', 'CANCEL'],
  MODAL: ['NOT_START', 'SUBMITTED', 'FAILURE', 'CANCEL'],
  SUBMITTED: ['IN_PROGRESS', 'SUCCESS', 'FAILURE', 'CANCEL'],
  IN_PROGRESS: ['IN_PROGRESS', 'SUCCESS', 'FAILURE', 'CANCEL'],
  SUCCESS: [],
  FAILURE: [],
  CANCEL: [],
};

/** True when `from → to` is allowed by {@link STATUS_TRANSITIONS}. */
export function canTransition(from: TaskStatus, to: TaskStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

/** True for SUCCESS, FAILURE and CANCEL. `""` and unknown values are pending. */
export function isTerminalStatus(status: string | null | undefined): boolean {
  return (TERMINAL_STATUSES as readonly string[]).includes(status ?? '');
}

/** True for a known status (not `""`). */
export function isTaskStatus(value: unknown): value is TaskStatus {
  return typeof value === 'string' && (TASK_STATUSES as readonly string[]).includes(value);
}

const STATUS_RANK: Readonly<Record<TaskStatus, number>> = {
  NOT_START: 0,
  MODAL: 0,
  SUBMITTED: 1,
  IN_PROGRESS: 3,
  FAILURE: 5,
  SUCCESS: 5,
  CANCEL: 5,
};

/**
 * The notifyHook rank of a `STATUS:progress` pair (spec §5, trueai's rule): a notification is sent
 * only when this rises, so there are no duplicates and exactly one final notification.
 * @example notificationRank('IN_PROGRESS', '46%') // 3.46
 */
export function notificationRank(status: TaskStatus, progress: string | null | undefined): number {
  const base = STATUS_RANK[status];
  if (status !== 'IN_PROGRESS') return base;
  const pct = Number.parseInt(progress ?? '', 10);
  return base + (Number.isFinite(pct) ? Math.min(Math.max(pct, 0), 99) / 100 : 0);
}
