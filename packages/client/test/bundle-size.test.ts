import { describe, expect, it } from 'vitest';
// @ts-expect-error plain .mjs script without declarations
import { GZIP_BUDGET, measureBundle } from '../scripts/bundle-size.mjs';

type Measured = { minified: number; gzip: number; inputs: string[]; packages: Record<string, number> };

describe('browser bundle of createMjClient + submitAndWait (issue 14 point 3)', () => {
  it('includes every dependency, has no zod or ts-rest, and stays under 15 000 B min+gzip', async () => {
    const size = (await measureBundle({ from: 'source' })) as Measured;
    expect(size.inputs.some((f) => f.includes('contract/src/'))).toBe(true);
    expect(size.inputs.filter((f) => /node_modules\/.*(zod|@ts-rest)/.test(f))).toEqual([]);
    expect(size.gzip).toBeGreaterThan(1000);
    expect(size.gzip).toBeLessThan(GZIP_BUDGET);
  });
});
