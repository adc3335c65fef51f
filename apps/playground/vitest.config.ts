import { defineMjkitConfig } from '../../vitest.shared.ts';

/**
 * Unit tests (src) and browser stories (test/browser, real Chromium against the built site and the
 * built mock). One report, `reports/vitest.json`, counted by scripts/test-summary.mjs. Files run one
 * at a time: each browser story starts its own Chromium, and the machine has 2 cores.
 */
export default defineMjkitConfig({
  test: { fileParallelism: false, testTimeout: 60_000, hookTimeout: 60_000 },
});
