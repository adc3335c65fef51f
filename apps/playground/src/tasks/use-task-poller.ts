import type { MjClient } from '@mjkit/client';
import { type Dispatch, useCallback, useEffect, useRef } from 'react';
import type { TaskBoardAction } from './task-store';

/** How often unfinished tasks are fetched (wall ms). */
export const POLL_MS = 700;

/** Most tasks fetched per round, so a crowded board cannot flood the gateway. */
export const POLL_BATCH = 12;

/**
 * Fetches every unfinished task each {@link POLL_MS} ms (one round at a time, at most
 * {@link POLL_BATCH} tasks) and feeds the answers to the board. `refresh()` runs a round now, e.g.
 * right after the clock moved.
 */
export function useTaskPoller(
  client: MjClient | undefined,
  activeIds: readonly string[],
  dispatch: Dispatch<TaskBoardAction>,
): () => Promise<void> {
  const ids = useRef(activeIds);
  ids.current = activeIds;
  const running = useRef<Promise<void> | undefined>(undefined);

  const round = useCallback(async () => {
    if (!client) return;
    if (running.current) return running.current;
    const batch = ids.current.slice(0, POLL_BATCH);
    running.current = (async () => {
      await Promise.all(
        batch.map(async (id) => {
          try {
            dispatch({ type: 'fetched', task: await client.fetchTask(id) });
          } catch (error) {
            dispatch({ type: 'fetch-failed', id, error: (error as Error).message });
          }
        }),
      );
    })().finally(() => {
      running.current = undefined;
    });
    return running.current;
  }, [client, dispatch]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (ids.current.length > 0) void round();
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [round]);

  return round;
}
