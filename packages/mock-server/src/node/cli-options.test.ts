import { describe, expect, it } from 'vitest';
import { CLI_FLAGS } from './cli-flags';
import { HELP, parseCli } from './cli-options';

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

  it('selects every profile and the upstream variant (--upstream, MJKIT_UPSTREAM; default ta)', () => {
    for (const profile of ['doc', 'new-api', 'midjourney-proxy'])
      expect(parseCli(['--profile', profile], {})).toMatchObject({
        ok: true,
        options: { config: { profile, upstream: 'ta' } },
      });
    expect(parseCli(['--upstream', 'nz'], { MJKIT_UPSTREAM: 'ta' })).toMatchObject({
      options: { config: { upstream: 'nz' } },
    });
    expect(parseCli([], { MJKIT_UPSTREAM: 'nz' })).toMatchObject({ options: { config: { upstream: 'nz' } } });
  });

  it.each([
    [['--port', 'abc'], '--port'],
    [['--speed', '0'], '--speed'],
    [['--clock', 'fast'], '--clock'],
    [['--profile', 'nope'], '--profile'],
    [['--upstream', 'zz'], '--upstream'],
    [['--public-url', 'example.com'], '--public-url'],
    [['--bogus'], 'bogus'],
    [['--port', '65536'], '--port must be a whole number from 0 to 65535 (got "65536")'],
    [['--port=-1'], 'from 0 to 65535'],
    [['--port', '-1'], 'write one starting with "-" as --port=<value>'],
    [['--log-format', 'xml'], '--log-format must be pretty or json'],
    [['--log-level', 'trace'], '--log-level must be one of debug, info, warn, error'],
    [['--image-size', '4096'], '--image-size must be a whole number from 64 to 2048'],
    [['extra'], 'unexpected argument "extra"'],
    [['--port'], '--port needs a value'],
    [['--data-dir-recover'], '--data-dir <dir>'],
  ])('refuses %j with a message naming %s', (argv, word) => {
    const parsed = parseCli(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(word);
  });

  it.each([
    ['--prot', 'port'],
    ['--potr', 'port'],
    ['--prot=9000', 'port'],
    ['--image-szie', 'image-size'],
    ['--no-contrl', 'no-control'],
    ['--log-fromat', 'log-format'],
  ])('suggests the flag meant for %s', (typo, flag) => {
    expect(parseCli([typo], {})).toEqual({
      ok: false,
      error: `unknown option ${typo.split('=')[0]}; did you mean --${flag}?`,
    });
  });

  it('suggests nothing when no flag is close', () => {
    expect(parseCli(['--verbose'], {})).toEqual({ ok: false, error: 'unknown option --verbose' });
  });

  it('names the environment variable when the bad value came from it', () => {
    expect(parseCli([], { MJKIT_PORT: '99999' })).toMatchObject({
      ok: false,
      error: 'MJKIT_PORT must be a whole number from 0 to 65535 (got "99999")',
    });
  });

  it('reads --version, log options and --ready-json (env too); --quiet means warn', () => {
    expect(parseCli(['-v'], {})).toMatchObject({ ok: true, version: true });
    expect(parseCli([], {})).toMatchObject({ log: { format: 'pretty', level: 'info', readyJson: false } });
    expect(parseCli(['--log-format', 'json', '--log-level', 'debug', '--ready-json'], {})).toMatchObject({
      log: { format: 'json', level: 'debug', readyJson: true },
    });
    expect(parseCli([], { MJKIT_LOG_FORMAT: 'json', MJKIT_READY_JSON: '1' })).toMatchObject({
      log: { format: 'json', readyJson: true },
    });
    expect(parseCli(['--quiet'], {})).toMatchObject({ log: { level: 'warn' } });
  });

  it('aligns --help in columns: each column starts at the same place on every row', () => {
    const lines = HELP.split('\n');
    for (const column of ['help', 'env'] as const) {
      const starts = CLI_FLAGS.filter((f) => f[column]).map((f) => {
        const row = lines.find((l) => l.includes(`--${f.name}`) && l.includes(f[column]!));
        return row?.indexOf(f[column]!, row.indexOf(`--${f.name}`) + f.name.length + 2);
      });
      expect(new Set(starts).size, column).toBe(1);
    }
    expect(HELP).toContain('--version');
    expect(HELP).toContain('MJKIT_LOG_FORMAT');
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
