import { defineConfig } from 'vitest/config';

/**
 * The scenario suite: runs against whatever `MJ_BASE_URL` names. Files run one after another (a real
 * gateway's queue is shared); timeouts allow real generations.
 */
export default defineConfig({
  resolve: { conditions: ['@mjkit/source', 'module', 'browser', 'development|production'] },
  ssr: { resolve: { conditions: ['@mjkit/source', 'node', 'development|production'] } },
  test: {
    include: ['suite/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 60_000,
  },
});
