import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-options';

describe('mjkit-mock options', () => {
  it('has sensible defaults', () => {
    const parsed = parseCli([], {});
    expect(parsed).toMatchObject({
      ok: true,
      help: false,
      options: { port: 8080, host: '127.0.0.1', clock: 'real', speed: 1, seed: 1, control: true },
    });
  });

  it('reads flags, with env equivalents that flags override', () => {
    const parsed = parseCli(
      ['--port', '0', '--key', 'a', '--key', 'b', '--pool', '5', '--no-control', '--clock', 'manual'],
      {
        MJKIT_PORT: '9',
        MJKIT_SPEED: '10',
        MJKIT_QUEUE: '2',
      },
    );
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        port: 0,
        speed: 10,
        clock: 'manual',
        control: false,
        config: { keys: ['a', 'b'], concurrency: 5, queueSize: 2 },
      },
    });
    expect(parseCli([], { MJKIT_KEYS: 'x, y' })).toMatchObject({ options: { config: { keys: ['x', 'y'] } } });
  });

  it.each([
    [['--port', 'abc'], '--port'],
    [['--speed', '0'], '--speed'],
    [['--clock', 'fast'], '--clock'],
    [['--profile', 'nope'], '--profile'],
    [['--public-url', 'example.com'], '--public-url'],
    [['--bogus'], 'bogus'],
    [['--data-dir-recover'], '--data-dir <dir>'],
  ])('refuses %j with a message naming %s', (argv, word) => {
    const parsed = parseCli(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(word);
  });

  it('reads --data-dir, --data-dir-recover and --fixtures (argv or env); none of them by default', () => {
    const parsed = parseCli(['--data-dir', './d', '--data-dir-recover', '--fixtures', 'g.json'], {});
    expect(parsed.ok && parsed.options).toMatchObject({
      dataDir: './d',
      dataDirRecover: true,
      fixtures: 'g.json',
    });
    const env = parseCli([], { MJKIT_DATA_DIR: '/srv/mock', MJKIT_FIXTURES: 'f.json' });
    expect(env.ok && env.options).toMatchObject({
      dataDir: '/srv/mock',
      dataDirRecover: false,
      fixtures: 'f.json',
    });
    const plain = parseCli([], {});
    expect(plain.ok && 'dataDir' in plain.options).toBe(false);
    expect(plain.ok && 'fixtures' in plain.options).toBe(false);
  });
});
