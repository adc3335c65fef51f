import { defineMjkitConfig } from '../../vitest.shared.ts';

/**
 * The package's own tests (`pnpm test`): the CLI against disposable mocks, and pure helpers. The scenario
 * suite itself (suite/**) runs through vitest.config.ts, by `test:contract` and the CLI.
 */
export default defineMjkitConfig({
  test: { include: ['test/**/*.test.ts'], testTimeout: 90_000, hookTimeout: 30_000 },
});
