import { type TaskWire, TaskWireSchema } from '@mjkit/contract';

/**
 * A task as the client returns it: the wire shape with `id` always a string. (An intersection, not
 * `Omit`: `Omit` over the wire type's index signature would erase every known field.)
 */
export type MjTask = TaskWire & { id: string };

/** Normalises a task a gateway sent (numeric ids become strings; unknown fields are kept). */
export function normalizeTask(task: TaskWire): MjTask {
  return { ...task, id: String(task.id) };
}

/** Parses anything into a task, or `undefined`. */
export function toTask(value: unknown): MjTask | undefined {
  const parsed = TaskWireSchema.safeParse(value);
  return parsed.success ? normalizeTask(parsed.data) : undefined;
}
