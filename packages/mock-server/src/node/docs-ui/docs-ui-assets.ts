import { copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The Swagger UI files `/docs` needs, with the content type each is served with (JS and CSS carry
 * `charset=utf-8`: the bundle holds non-ASCII text that a browser would otherwise decode as Latin-1).
 * Only these are copied out of `swagger-ui-dist` (12 MB installed), so a consumer install carries ~2.2 MB
 * and does not need the package at run time.
 */
export const DOCS_UI_ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'swagger-ui.css': 'text/css; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

/** Licence files copied beside the assets (Swagger UI is Apache-2.0); never served. */
const LICENCE_FILES = ['LICENSE', 'NOTICE'] as const;

/** True when `dir` holds every asset of {@link DOCS_UI_ASSETS}. */
export function hasDocsUiAssets(dir: string): boolean {
  return Object.keys(DOCS_UI_ASSETS).every((name) => existsSync(join(dir, name)));
}

/** Where `swagger-ui-dist` is installed, or undefined (a consumer install has no copy). */
export function swaggerUiDistDir(): string | undefined {
  try {
    return dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  } catch {
    return undefined;
  }
}

/**
 * The directory holding the assets: `explicit` if given (and complete), else the first of the copy beside
 * the built module (`dist/docs-ui/`), the package's build output seen from the sources, and
 * `swagger-ui-dist` itself (development and vitest, which run from source).
 */
export function findDocsUiAssets(explicit?: string): string | undefined {
  const candidates =
    explicit !== undefined
      ? [explicit]
      : [
          fileURLToPath(new URL('./docs-ui/', import.meta.url)),
          fileURLToPath(new URL('../../../dist/docs-ui/', import.meta.url)),
          swaggerUiDistDir(),
        ];
  return candidates.find((dir): dir is string => dir !== undefined && hasDocsUiAssets(dir));
}

/**
 * Copies the assets and licence files from `from` (an installed `swagger-ui-dist`) into `to`; returns
 * the bytes copied.
 * @example copyDocsUiAssets(swaggerUiDistDir()!, 'dist/docs-ui') // ≈ 2.2 MB
 */
export function copyDocsUiAssets(from: string, to: string): number {
  mkdirSync(to, { recursive: true });
  let bytes = 0;
  for (const name of [...Object.keys(DOCS_UI_ASSETS), ...LICENCE_FILES]) {
    copyFileSync(join(from, name), join(to, name));
    bytes += statSync(join(to, name)).size;
  }
  return bytes;
}
