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
  ])('refuses %j with a message naming %s', (argv, word) => {
    const parsed = parseCli(argv, {});
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain(word);
  });
});
