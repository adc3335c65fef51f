import type { TaskWire } from '@mjkit/contract/core';

/**
 * A task as the client returns it: the wire shape with `id` always a string. (An intersection, not
 * `Omit`: `Omit` over the wire type's index signature would erase every known field.)
 */
export type MjTask = TaskWire & { id: string };

/** Normalises a task a gateway sent (numeric ids become strings; unknown fields are kept). */
export function normalizeTask(task: TaskWire): MjTask {
  return { ...task, id: String(task.id) };
}

/** True for a plain object with a string or numeric `id`: enough to read it as a task. */
export function isTaskLike(value: unknown): value is TaskWire {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const id = (value as { id?: unknown }).id;
  return typeof id === 'string' || typeof id === 'number';
}

/**
 * Reads anything as a task, or `undefined`. A structural check only (no zod in the main entry); pass
 * `validate` from `@mjkit/client/validate` to `createMjClient` for the contract's full check.
 */
export function toTask(value: unknown): MjTask | undefined {
  return isTaskLike(value) ? normalizeTask(value) : undefined;
}
