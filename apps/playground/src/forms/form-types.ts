import type { FormRoute } from '../tasks/use-task-board';

/** What every submit form gets: the submit function (resolves true when the gateway accepted). */
export interface FormProps {
  submit(route: FormRoute, body: Record<string, unknown>): Promise<boolean>;
  busy: boolean;
}

/** Adds `state` to a body when the field was filled. */
export function withState(body: Record<string, unknown>, state: string): Record<string, unknown> {
  return state.trim() ? { ...body, state: state.trim() } : body;
}
