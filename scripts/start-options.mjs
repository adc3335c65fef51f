/**
 * Options of `pnpm start` (scripts/start.mjs): the two ports from flags or documented variables; every
 * other argument goes to `mjkit-mock` unchanged (e.g. `pnpm start --speed 10 --key sk-test`).
 */

export const START_HELP = `Usage: pnpm start [--port <n>] [--playground-port <n>] [mjkit-mock options…]

  --port <n>             mock server port                    [MJKIT_PORT]       8080
  --playground-port <n>  playground (Vite dev server) port   [PLAYGROUND_PORT]  5173
  -h, --help             this text
Any other option goes to mjkit-mock (see pnpm exec mjkit-mock --help), e.g. --speed 10 --key sk-test.`;

const PORT_FLAGS = { '--port': 'port', '--playground-port': 'playgroundPort' };

/** A port from a flag or variable: an integer 1–65535, else a readable error. */
function port(text, name) {
  const n = Number(text);
  if (!/^\d+$/.test(String(text).trim()) || n < 1 || n > 65535)
    return { error: `${name} must be a port number from 1 to 65535 (got "${text}")` };
  return { value: n };
}

/**
 * @param {string[]} argv arguments after the script name
 * @param {Record<string, string | undefined>} env
 * @returns {{ ok: true, help?: boolean, port: number, playgroundPort: number, mockArgs: string[] } | { ok: false, error: string }}
 * @example parseStartArgs(['--port', '9000', '--speed', '10'], {}) // { ok: true, port: 9000, playgroundPort: 5173, mockArgs: ['--speed', '10'] }
 */
export function parseStartArgs(argv, env) {
  const raw = { port: env.MJKIT_PORT ?? '8080', playgroundPort: env.PLAYGROUND_PORT ?? '5173' };
  const names = { port: env.MJKIT_PORT ? 'MJKIT_PORT' : '--port', playgroundPort: 'PLAYGROUND_PORT' };
  const mockArgs = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue; // `pnpm start -- --port 9000`
    if (arg === '-h' || arg === '--help')
      return { ok: true, help: true, port: 0, playgroundPort: 0, mockArgs };
    const [flag, inline] = arg.split(/=(.*)/s, 2);
    const key = PORT_FLAGS[flag];
    if (!key) {
      mockArgs.push(arg);
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined) return { ok: false, error: `${flag} needs a value` };
    raw[key] = value;
    names[key] = flag;
  }
  const mock = port(raw.port, names.port);
  if (mock.error) return { ok: false, error: mock.error };
  const playground = port(raw.playgroundPort, names.playgroundPort);
  if (playground.error) return { ok: false, error: playground.error };
  if (mock.value === playground.value)
    return { ok: false, error: `the mock and the playground cannot share port ${mock.value}` };
  return { ok: true, port: mock.value, playgroundPort: playground.value, mockArgs };
}
