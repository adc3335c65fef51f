/**
 * Test support: runs `mjkit-mock` from source in a child process (so it can be signalled or `kill -9`ed)
 * and collects its output. The CLI, persistence and graceful-shutdown tests all start it this way.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../../src/node/cli.ts', import.meta.url));
const LISTENING = /listening on (http:\/\/127\.0\.0\.1:\d+)/;

/** A running CLI: its output so far, its exit, and waits on what it prints. */
export interface CliProcess {
  child: ChildProcess;
  output(): string;
  exited: Promise<number | null>;
  /**
   * Resolves with the first match of `pattern` in the output, or `null` once the process exits or after
   * 30 s (polled every 50 ms).
   */
  waitFor(pattern: RegExp): Promise<RegExpExecArray | null>;
  /** The URL of the `listening on …` line, or `''` if the process exits or 30 s pass first. */
  listening(): Promise<string>;
}

/**
 * Spawns `mjkit-mock args…` (tsx, workspace packages from source, no colours).
 * @example const p = runCli(['--port', '0']); const base = await p.listening(); p.child.kill('SIGTERM');
 */
export function runCli(args: string[]): CliProcess {
  const child = spawn(process.execPath, ['--conditions=@mjkit/source', '--import', 'tsx', cli, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0' },
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let done = false;
  void exited.then(() => {
    done = true;
  });
  const waitFor = async (pattern: RegExp) => {
    for (let i = 0; i < 600 && !pattern.test(out) && !done; i++) await new Promise((r) => setTimeout(r, 50));
    return pattern.exec(out);
  };
  const listening = async () => (await waitFor(LISTENING))?.[1] ?? '';
  return { child, output: () => out, exited, waitFor, listening };
}

/**
 * Starts the CLI on a free port (`--port 0 --quiet`) and waits until it listens; kills it and fails with
 * its output otherwise.
 */
export async function startCli(args: string[]): Promise<CliProcess & { url: string }> {
  const p = runCli(['--port', '0', '--quiet', ...args]);
  const url = await p.listening();
  if (!url) {
    p.child.kill('SIGKILL');
    throw new Error(`mjkit-mock did not start:\n${p.output()}`);
  }
  return { ...p, url };
}
