/**
 * CPU pinning: servers on core 0, the load generator (this process, and receivers) on core 1, so neither
 * steals the other's core. Falls back to no pinning (and says so in the results) when `taskset` is
 * missing or the machine has one core.
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Whether servers and the load generator get separate cores. */
export const PINNED = hasTaskset && availableParallelism() >= 2;

/** The core servers run on. */
export const SERVER_CORE = 0;
/** The core the load generator and notify receivers run on. */
export const LOADGEN_CORE = 1;

/**
 * Wraps a command so it runs on `core` (unchanged when pinning is off).
 * @param {string} command
 * @param {string[]} args
 * @param {number} core
 * @returns {[string, string[]]}
 */
export function pinned(command, args, core) {
  return PINNED ? ['taskset', ['-c', String(core), command, ...args]] : [command, args];
}

/** Moves this process (the load generator) onto its own core. */
export function pinSelf() {
  if (PINNED)
    execFileSync('taskset', ['-cp', String(LOADGEN_CORE), String(process.pid)], { stdio: 'ignore' });
}
