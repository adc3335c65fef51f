/**
 * Shared vitest settings for every workspace package.
 *
 * - Resolves workspace packages from their TypeScript sources (the `@mjkit/source` export condition), so
 *   tests never wait for a dependency's build and always see its current code.
 * - Writes a machine-readable JSON report to `reports/vitest.json`, which `scripts/test-summary.mjs`
 *   totals into the single `N passed, N failed` line that `.ci/run` prints.
 */
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/** Builds a package's vitest config; `overrides.test` is merged over the shared test options. */
export function defineMjkitConfig(overrides: ViteUserConfig = {}): ViteUserConfig {
  const { test, ...rest } = overrides;
  return defineConfig({
    ...rest,
    // Only add our condition: the defaults keep CJS dependencies (express's router) loading as CJS.
    resolve: { conditions: ['@mjkit/source', 'module', 'browser', 'development|production'] },
    ssr: { resolve: { conditions: ['@mjkit/source', 'node', 'development|production'] } },
    test: {
      reporters: ['default', 'json'],
      outputFile: { json: 'reports/vitest.json' },
      testTimeout: 20_000,
      ...test,
    },
  });
}
