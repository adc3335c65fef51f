import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { DocsLoader } from '../core/meta-routes';

/**
 * Reads the contract's committed OpenAPI files from disk (Node 20 needs an import attribute for JSON
 * modules, which bundled output loses; reading the file works everywhere Node runs).
 */
export function diskDocs(): DocsLoader {
  let loaded: ReturnType<DocsLoader> | undefined;
  return () => {
    loaded ??= (async () => {
      const require = createRequire(import.meta.url);
      const read = async (name: string) =>
        JSON.parse(
          await readFile(require.resolve(`@mjkit/contract/openapi/${name}.json`), 'utf8'),
        ) as unknown;
      const [gateway, control] = await Promise.all([read('gateway'), read('mock-control')]);
      return { gateway, control };
    })();
    return loaded;
  };
}
