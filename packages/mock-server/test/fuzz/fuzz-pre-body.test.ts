import { describe, expect, it } from 'vitest';
import { formatStats, fuzzEveryRoute } from './run-fuzz';

/**
 * The second half of the route fuzzing (issue #12), in its own file so vitest runs it in a second worker
 * beside `fuzz-routes.test.ts` (`pnpm fuzz` then takes half the wall time on two cores).
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const timeout = Math.max(120_000, runs * 40 * 60);

// Deep nesting, odd charsets and long request lines (issue #12 items 1, 8, 17): the pre-body stage answers them.
describe('fuzz: kinds the pre-body stage answers (deep nesting, odd charsets, 431)', () => {
  it(
    `${runs} cases per route with deep nesting, non-UTF charsets and request lines over 16 KB`,
    async () => {
      const stats = await fuzzEveryRoute({ runs, pending: true });
      console.log(formatStats(stats));
      for (const s of stats) {
        expect(s.healthy, s.route).toBe(true);
        expect(s.kinds['deep-nesting'] ?? 0, s.route).toBeGreaterThan(0);
      }
    },
    timeout,
  );
});
