import { describe, expect, it } from 'vitest';
import { formatStats, fuzzEveryRoute } from './run-fuzz';

/**
 * Fuzzing every route through the real HTTP stack (issue #12): bodies from the contract's schemas
 * (valid, boundary, mutated) and raw garbage. Property: never a 5xx, the mock's own errors are JSON,
 * and a health probe answers normally afterwards. The default run (`.ci/run`) sends FUZZ_RUNS (default 150)
 * cases per route; `pnpm fuzz` sends 10 000 per route and prints the counts.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 150);
const timeout = Math.max(120_000, runs * 40 * 60);

describe('fuzz: every route, contract bodies and garbage', () => {
  it(
    `${runs} cases per route: no 5xx, JSON errors, healthy afterwards`,
    async () => {
      const stats = await fuzzEveryRoute({ runs });
      console.log(formatStats(stats));
      expect(stats.length).toBeGreaterThanOrEqual(30);
      for (const s of stats) {
        expect(s.cases, s.route).toBeGreaterThanOrEqual(runs / 2);
        expect(s.healthy, s.route).toBe(true);
        expect(
          Object.keys(s.statuses).filter((k) => !/^[1-4]\d\d$/.test(k)),
          s.route,
        ).toEqual([]);
      }
    },
    timeout,
  );
});
