/**
 * Smoke test of the harness (~15 s): a quick run of the cold-start and client-size scenarios exits 0 and
 * writes a result file with every figure key, the measured ones as positive numbers. Needs the mock and
 * client built (`pnpm build`). Run: `pnpm exec vitest run bench` from the repository root.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIGURES } from './lib/table.mjs';

describe('pnpm bench --quick', () => {
  it('writes every figure key, with numbers for the scenarios it ran', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'mjkit-bench-')), 'result.json');
    const run = new URL('./run.mjs', import.meta.url).pathname;
    await promisify(execFile)(process.execPath, [run, '--quick', '--only', 'start,client', '--out', out], {
      timeout: 60_000,
    });
    const result = JSON.parse(readFileSync(out, 'utf8'));
    for (const [key] of FIGURES) expect(result).toHaveProperty(key);
    for (const key of ['start_ms', 'start_vs_prism', 'client_gzip_bytes'])
      expect(result[key], key).toBeGreaterThan(0);
    expect(result.raw.start_ms_prism).toBeGreaterThan(result.raw.start_ms_bare);
    expect(result.errors).toEqual([]);
    expect(result.notes.servers).toMatch(/default \(info\) logging/);
  }, 70_000);
});
