import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const scripts = join(import.meta.dirname, '../../scripts');

/**
 * The load and notify-fault scripts at their `--smoke` size (issue #12): each spawns a mock on
 * 127.0.0.1, prints its figures as JSON and exits 1 when an invariant breaks. Full sizes: run the
 * scripts by hand (figures in docs/reliability.md).
 */
describe('load and fault scripts, smoke size', () => {
  it('load-invariants: pool and queue respected, nothing lost, no 5xx', async () => {
    const { stdout } = await run(process.execPath, [join(scripts, 'load-invariants.mjs'), '--smoke'], {
      timeout: 60_000,
    });
    const figures = JSON.parse(stdout);
    expect(figures.failures).toEqual([]);
    expect(figures.submits).toBe(200);
    expect(Object.keys(figures.statuses)).toEqual(['200']);
    expect(figures.accepted).toBeGreaterThan(0);
  }, 60_000);

  it('notify-faults: API unaffected, every attempt journaled, mock alive', async () => {
    const { stdout } = await run(process.execPath, [join(scripts, 'notify-faults.mjs'), '--smoke'], {
      timeout: 60_000,
    });
    const figures = JSON.parse(stdout);
    expect(figures.failures).toEqual([]);
    expect(figures.perReceiver.healthy.received).toBeGreaterThan(0);
    expect(figures.perReceiver.refuse.journaled).toBeGreaterThan(0);
  }, 60_000);
});
