import { describe, expect, it } from 'vitest';
import {
  canTransition,
  isTerminalStatus,
  notificationRank,
  parseSpeedMode,
  resolveSpeedMode,
  STATUS_TRANSITIONS,
  speedModeFromPath,
  stripSpeedModePrefix,
  TASK_STATUSES,
  TERMINAL_STATUSES,
} from '../src';

describe('task lifecycle', () => {
  it('goes NOT_START → SUBMITTED → IN_PROGRESS → SUCCESS and never leaves a terminal status', () => {
    expect(canTransition('NOT_START', 'SUBMITTED')).toBe(true);
    expect(canTransition('SUBMITTED', 'IN_PROGRESS')).toBe(true);
    expect(canTransition('IN_PROGRESS', 'SUCCESS')).toBe(true);
    expect(canTransition('MODAL', 'NOT_START')).toBe(true);
    expect(canTransition('NOT_START', 'SUCCESS')).toBe(false);
    for (const terminal of TERMINAL_STATUSES) expect(STATUS_TRANSITIONS[terminal]).toEqual([]);
  });

  it('lets every unfinished status fail', () => {
    for (const s of TASK_STATUSES.filter((s) => !isTerminalStatus(s)))
      expect(canTransition(s, 'FAILURE'), s).toBe(true);
  });

  it('treats "" and unknown statuses as pending', () => {
    expect(isTerminalStatus('')).toBe(false);
    expect(isTerminalStatus(undefined)).toBe(false);
    expect(isTerminalStatus('SUCCESS')).toBe(true);
    expect(isTerminalStatus('CANCEL')).toBe(true);
  });

  it('ranks notifications so only rising STATUS:progress pairs are sent (spec §5)', () => {
    const seq = [
      notificationRank('SUBMITTED', '0%'),
      notificationRank('IN_PROGRESS', '0%'),
      notificationRank('IN_PROGRESS', '15%'),
      notificationRank('IN_PROGRESS', '87%'),
      notificationRank('SUCCESS', '100%'),
    ];
    expect([...seq].sort((a, b) => a - b)).toEqual(seq);
    expect(new Set(seq).size).toBe(seq.length);
    expect(notificationRank('FAILURE', '')).toBe(notificationRank('SUCCESS', '100%'));
    expect(notificationRank('NOT_START', '')).toBeLessThan(notificationRank('SUBMITTED', '0%'));
  });
});

describe('speed mode', () => {
  it('reads the body field in any case and ignores empty or unknown values', () => {
    expect(parseSpeedMode('relax')).toBe('RELAX');
    expect(parseSpeedMode('Turbo')).toBe('TURBO');
    expect(parseSpeedMode('')).toBeUndefined();
    expect(parseSpeedMode('<string>')).toBeUndefined();
    expect(parseSpeedMode(1)).toBeUndefined();
  });

  it('lets the path prefix win, and defaults to FAST', () => {
    expect(speedModeFromPath('/mj-relax/mj/submit/imagine')).toBe('RELAX');
    expect(speedModeFromPath('/MJ-TURBO/mj/submit/imagine')).toBe('TURBO');
    expect(speedModeFromPath('/mj/submit/imagine')).toBeUndefined();
    expect(speedModeFromPath('/mj-slow/mj/submit/imagine')).toBeUndefined();
    expect(resolveSpeedMode({ path: '/mj-turbo/mj/submit/imagine', bodyMode: 'RELAX' })).toBe('TURBO');
    expect(resolveSpeedMode({ path: '/mj/submit/imagine', bodyMode: 'relax' })).toBe('RELAX');
    expect(resolveSpeedMode({ path: '/mj/submit/imagine', bodyMode: '' })).toBe('FAST');
    expect(resolveSpeedMode({})).toBe('FAST');
    expect(stripSpeedModePrefix('/MJ-Relax/mj/submit/imagine')).toBe('/mj/submit/imagine');
    expect(stripSpeedModePrefix('/mj-slow/mj/submit/imagine')).toBe('/mj-slow/mj/submit/imagine');
    expect(stripSpeedModePrefix('/mj/task/1/fetch')).toBe('/mj/task/1/fetch');
  });
});
