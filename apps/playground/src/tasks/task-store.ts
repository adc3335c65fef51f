import type { MjTask, Submitted } from '@mjkit/client';
import { isTerminalStatus } from '@mjkit/contract/core';
import { queuePosition } from './submit-outcome';

/** A task on the board: what the submit answered and the latest fetch. */
export interface TaskEntry {
  id: string;
  /** What created it, e.g. `imagine` or `U1 on 1712204995849323`. */
  origin: string;
  submitted: Pick<Submitted, 'code' | 'description' | 'properties'>;
  /** Position in the queue from a code-22 answer (1 = next). */
  queuePosition: number | undefined;
  task: MjTask | undefined;
  /** Why the last fetch failed (kept until a fetch succeeds). */
  fetchError: string | undefined;
}

/** The board, newest first. */
export interface TaskBoardState {
  order: string[];
  entries: Record<string, TaskEntry>;
}

/** Changes to the board. */
export type TaskBoardAction =
  | { type: 'submitted'; id: string; origin: string; submitted: TaskEntry['submitted'] }
  | { type: 'fetched'; task: MjTask }
  | { type: 'fetch-failed'; id: string; error: string }
  | { type: 'remove'; id: string }
  | { type: 'clear' };

/** Most tasks the board keeps; the oldest leave first. */
export const BOARD_LIMIT = 100;

/** The empty board. */
export const EMPTY_BOARD: TaskBoardState = { order: [], entries: {} };

/**
 * The board's reducer: adds submitted tasks on top, merges fetched states, keeps at most
 * {@link BOARD_LIMIT} tasks.
 * @example const [board, dispatch] = useReducer(taskBoardReducer, EMPTY_BOARD)
 */
export function taskBoardReducer(state: TaskBoardState, action: TaskBoardAction): TaskBoardState {
  switch (action.type) {
    case 'submitted': {
      const entry: TaskEntry = {
        id: action.id,
        origin: action.origin,
        submitted: action.submitted,
        queuePosition: queuePosition(action.submitted as Submitted),
        task: state.entries[action.id]?.task,
        fetchError: undefined,
      };
      const order = [action.id, ...state.order.filter((id) => id !== action.id)];
      const kept = order.slice(0, BOARD_LIMIT);
      const entries: Record<string, TaskEntry> = {};
      for (const id of kept) entries[id] = id === action.id ? entry : state.entries[id]!;
      return { order: kept, entries };
    }
    case 'fetched': {
      const entry = state.entries[action.task.id];
      if (!entry) return state;
      const status = action.task.status;
      // The queue position only means something while the task has not started.
      const waiting = status === 'NOT_START' || status === 'SUBMITTED' || !status;
      return {
        ...state,
        entries: {
          ...state.entries,
          [entry.id]: {
            ...entry,
            task: action.task,
            fetchError: undefined,
            queuePosition: waiting ? entry.queuePosition : undefined,
          },
        },
      };
    }
    case 'fetch-failed': {
      const entry = state.entries[action.id];
      if (!entry) return state;
      return { ...state, entries: { ...state.entries, [entry.id]: { ...entry, fetchError: action.error } } };
    }
    case 'remove': {
      const { [action.id]: _, ...entries } = state.entries;
      return { order: state.order.filter((id) => id !== action.id), entries };
    }
    case 'clear':
      return EMPTY_BOARD;
  }
}

/** Ids whose task may still change (not fetched yet, or not in a terminal status). */
export function activeTaskIds(state: TaskBoardState): string[] {
  return state.order.filter((id) => {
    const status = state.entries[id]?.task?.status;
    return !status || !isTerminalStatus(status);
  });
}
