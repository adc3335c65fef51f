import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const bin = fileURLToPath(new URL('../bin/mjkit-conformance.mjs', import.meta.url));

/** What one CLI run printed and how it exited. */
export interface CliRun {
  code: number | null;
  out: string;
}

/**
 * Runs `mjkit-conformance <args>` as a real process (the package's own `@mjkit/*` resolution, no
 * inherited MJ_* variables) and collects stdout + stderr. Killed after `timeoutMs`.
 */
export function runCli(args: string[], timeoutMs = 80_000): Promise<CliRun> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('MJ_')));
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...env, NO_COLOR: '1', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    }),
  );
}

/** The scenario lines (`✓`, `✗`, `↷`) of the runner's final list. */
export function scenarioLines(out: string): string[] {
  const start = out.lastIndexOf('\nscenarios against ');
  return out
    .slice(start)
    .split('\n')
    .filter((l) => /^\s{2}[✓✗↷] /.test(l));
}
