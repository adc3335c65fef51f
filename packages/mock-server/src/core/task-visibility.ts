/**
 * Whether a caller sees a task (issue #12 item 2, DESIGN.md §3): tasks are scoped to the key that
 * created them, as new-api's `GetByMJId(userId, id)` scopes them per user. `viewer` is the caller's key
 * digest; `null` or `undefined` (an open mock, the control key) sees every task. A task without an owner
 * (made on an open mock, or seeded by the control key) is everyone's.
 */
export const taskVisibleTo = (viewer: string | null | undefined, record: { owner: string | null }): boolean =>
  viewer === null || viewer === undefined || record.owner === null || record.owner === viewer;
