import { join } from 'node:path';
import { defineMjkitBuild } from '../../tsup.shared.ts';
import { copyDocsUiAssets, swaggerUiDistDir } from './src/node/docs-ui/docs-ui-assets.ts';

/**
 * The entries, and the Swagger UI assets `/docs` serves copied into `dist/docs-ui/` beside them (in
 * `onSuccess`, so `tsup --no-dts` — what `pnpm start` runs through turbo — still gets them: an
 * `&& copy` in the script would have received the flag instead of tsup).
 */
export default defineMjkitBuild(
  {
    index: 'src/index.ts',
    node: 'src/node/index.ts',
    msw: 'src/msw.ts',
    cli: 'src/node/cli.ts',
  },
  {
    async onSuccess() {
      const from = swaggerUiDistDir();
      if (from === undefined)
        throw new Error('swagger-ui-dist is not installed (a devDependency of @mjkit/mock-server)');
      const to = join(process.cwd(), 'dist/docs-ui'); // tsup's outDir is relative to the cwd too
      const bytes = copyDocsUiAssets(from, to);
      console.log(`docs-ui: ${(bytes / 1024).toFixed(0)} KiB of Swagger UI assets → dist/docs-ui/`);
    },
  },
);
