#!/usr/bin/env node
/**
 * `mjkit-mock`: a committed shim, so installing the workspace links the bin before any build (no
 * "Failed to create bin" warning). The CLI's compiled path is named here and nowhere else.
 */
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error(
    'mjkit-mock: dist/cli.js is missing; build the package first (pnpm --filter @mjkit/mock-server build)',
  );
  process.exit(1);
}
await import(cli.href);
