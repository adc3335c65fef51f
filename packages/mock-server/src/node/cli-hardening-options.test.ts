import { describe, expect, it } from 'vitest';
import { parseCli } from './cli-options';

describe('mjkit-mock hardening flags (issue #12 items 2, 9, 10, 12)', () => {
  it('reads the control key, origins, hosts, notify patterns, every bound and the shutdown bound', () => {
    const parsed = parseCli(
      [
        '--control-key',
        'ctl',
        '--cors-origin',
        'https://app.test',
        '--allowed-host',
        'mock.internal',
        '--notify-allow',
        '*.hooks.test',
        '--notify-allow',
        'cb.test',
        '--max-tasks',
        '500',
        '--max-upload-mb',
        '16',
        '--journal-size',
        '50',
        '--notify-backlog',
        '200',
        '--shutdown-timeout',
        '2500',
      ],
      {},
    );
    expect(parsed).toMatchObject({
      ok: true,
      options: {
        controlKey: 'ctl',
        corsOrigins: ['https://app.test'],
        allowedHosts: ['mock.internal'],
        notifyAllow: ['*.hooks.test', 'cb.test'],
        limits: {
          maxTasks: 500,
          uploads: { maxBytes: 16 * 1024 * 1024 },
          requestJournal: 50,
          notifyJournal: 50,
          maxBacklog: 200,
        },
        shutdownTimeoutMs: 2500,
      },
    });
  });

  it('takes the same from the environment, comma-separated lists included', () => {
    const parsed = parseCli([], {
      MJKIT_CONTROL_KEY: 'ctl',
      MJKIT_NOTIFY_ALLOW: 'a.test, *.b.test',
      MJKIT_MAX_TASKS: '7',
    });
    expect(parsed).toMatchObject({
      ok: true,
      options: { controlKey: 'ctl', notifyAllow: ['a.test', '*.b.test'], limits: { maxTasks: 7 } },
    });
  });

  it('refuses bad bounds and a clock faster than task ids allow', () => {
    expect(parseCli(['--max-tasks', '0'], {})).toMatchObject({ ok: false });
    expect(parseCli(['--journal-size', 'x'], {})).toMatchObject({ ok: false });
    expect(parseCli(['--speed', '1e12'], {})).toMatchObject({
      ok: false,
      error: expect.stringContaining('≤ 1000'),
    });
  });
});
