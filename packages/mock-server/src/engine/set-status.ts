import { canTransition, type TaskStatus } from '@mjkit/contract';

/** A status change the contract's transition table forbids (a bug in the mock, never user input). */
export class IllegalTransitionError extends Error {
  readonly code = 'illegal_transition';
  constructor(
    readonly taskId: string,
    readonly from: TaskStatus,
    readonly to: TaskStatus,
  ) {
    super(`task ${taskId}: ${from} → ${to} is not an allowed status change`);
    this.name = 'IllegalTransitionError';
  }
}

/**
 * The one way the engine changes a task's status: through the contract's `STATUS_TRANSITIONS`
 * (DESIGN.md §2). Throws {@link IllegalTransitionError} on a change the table forbids.
 */
export function setStatus(task: { id: string; status: TaskStatus }, to: TaskStatus): void {
  if (!canTransition(task.status, to)) throw new IllegalTransitionError(task.id, task.status, to);
  task.status = to;
}
