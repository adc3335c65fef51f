/** `pnpm start` options (scripts/start-options.mjs): ports from flags over variables, the rest to the mock. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseStartArgs } from './start-options.mjs';

describe('parseStartArgs', () => {
  it('defaults to 8080 and 5173', () => {
    assert.deepEqual(parseStartArgs([], {}), { ok: true, port: 8080, playgroundPort: 5173, mockArgs: [] });
  });

  it('reads MJKIT_PORT and PLAYGROUND_PORT; flags win; other flags go to the mock', () => {
    const env = { MJKIT_PORT: '9000', PLAYGROUND_PORT: '9001' };
    assert.deepEqual(parseStartArgs(['--speed', '10'], env), {
      ok: true,
      port: 9000,
      playgroundPort: 9001,
      mockArgs: ['--speed', '10'],
    });
    assert.deepEqual(parseStartArgs(['--', '--port=9100', '--playground-port', '9101', '--key', 'k'], env), {
      ok: true,
      port: 9100,
      playgroundPort: 9101,
      mockArgs: ['--key', 'k'],
    });
  });

  it('names the flag or variable of a bad port', () => {
    assert.deepEqual(parseStartArgs(['--port', '70000'], {}), {
      ok: false,
      error: '--port must be a port number from 1 to 65535 (got "70000")',
    });
    assert.match(parseStartArgs([], { PLAYGROUND_PORT: 'abc' }).error, /^PLAYGROUND_PORT must be/);
    assert.match(parseStartArgs(['--port'], {}).error, /--port needs a value/);
    assert.match(parseStartArgs(['--port', '5173'], {}).error, /cannot share port 5173/);
  });
});
