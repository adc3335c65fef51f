/**
 * Shared tsup settings: ESM, type declarations, Node 20 / modern-browser target.
 * Each package's tsup.config.ts names its entry points.
 */
import { defineConfig, type Options } from 'tsup';

/** Builds a package's tsup config for the given entry points. */
export function defineMjkitBuild(entry: Record<string, string>, extra: Options = {}) {
  return defineConfig({
    entry,
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    ...extra,
  });
}
