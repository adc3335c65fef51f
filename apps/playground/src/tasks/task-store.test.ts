import type { MjTask } from '@mjkit/client';
import { describe, expect, it } from 'vitest';
import { activeTaskIds, BOARD_LIMIT, EMPTY_BOARD, taskBoardReducer } from './task-store';

const task = (id: string, status: string, progress = ''): MjTask => ({ id, status, progress }) as MjTask;

describe('task board', () => {
  it('puts new tasks on top and merges fetched state', () => {
    let s = taskBoardReducer(EMPTY_BOARD, {
      type: 'submitted',
      id: 'a',
      origin: 'imagine',
      submitted: { code: 1, description: '', properties: {} },
    });
    s = taskBoardReducer(s, {
      type: 'submitted',
      id: 'b',
      origin: 'imagine',
      submitted: { code: 22, description: '', properties: { numberOfQueues: 1 } },
    });
    expect(s.order).toEqual(['b', 'a']);
    expect(s.entries.b?.queuePosition).toBe(2);
    s = taskBoardReducer(s, { type: 'fetched', task: task('b', 'IN_PROGRESS', '40%') });
    expect(s.entries.b?.task?.progress).toBe('40%');
    expect(s.entries.b?.queuePosition).toBeUndefined();
    expect(activeTaskIds(s)).toEqual(['b', 'a']);
    s = taskBoardReducer(s, { type: 'fetched', task: task('a', 'SUCCESS', '100%') });
    expect(activeTaskIds(s)).toEqual(['b']);
  });

  it('ignores fetches of tasks it does not show and keeps a bounded list', () => {
    let s = taskBoardReducer(EMPTY_BOARD, { type: 'fetched', task: task('x', 'SUCCESS') });
    expect(s).toBe(EMPTY_BOARD);
    for (let i = 0; i < BOARD_LIMIT + 5; i++)
      s = taskBoardReducer(s, {
        type: 'submitted',
        id: `t${i}`,
        origin: 'imagine',
        submitted: { code: 1, description: '', properties: {} },
      });
    expect(s.order).toHaveLength(BOARD_LIMIT);
    expect(Object.keys(s.entries)).toHaveLength(BOARD_LIMIT);
    expect(s.order[0]).toBe(`t${BOARD_LIMIT + 4}`);
  });
});
