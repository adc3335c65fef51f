import { describe, expect, it } from 'vitest';
import { checkNotifyUrl, isBlockedAddress, redactUrl } from './notify-guard';

describe('notifyHook guard (#12 item 9)', () => {
  it('blocks private, loopback, link-local, CGNAT, multicast and unspecified addresses', () => {
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '172.31.255.255',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '::1',
      '::',
      'fd00::1',
      'fe80::1',
      '::ffff:127.0.0.1',
      'ff02::1',
    ])
      expect(isBlockedAddress(a), a).toBe(true);
    for (const a of ['93.184.216.34', '172.32.0.1', '8.8.8.8', '2606:4700::1111', '100.128.0.1'])
      expect(isBlockedAddress(a), a).toBe(false);
  });

  it('allows only http/https, and with --notify-allow only matching hosts', () => {
    expect(checkNotifyUrl('data:text/plain,x', undefined)).toMatch(/protocol data:/);
    expect(checkNotifyUrl('file:///etc/passwd', undefined)).toMatch(/protocol/);
    expect(checkNotifyUrl('http://127.0.0.1:9/x', undefined)).toBeUndefined();
    expect(checkNotifyUrl('https://hooks.example.test/cb', ['*.example.test'])).toBeUndefined();
    expect(checkNotifyUrl('https://example.test.evil/cb', ['*.example.test'])).toMatch(
      /not in --notify-allow/,
    );
    expect(checkNotifyUrl('http://2130706433/', ['hooks.example.test'])).toMatch(/not in --notify-allow/);
  });

  it('redacts credentials (#12 item 15)', () => {
    expect(redactUrl('https://user:pa55@hook.test/cb?token=abc&x=1&apiKey=k')).toBe(
      'https://***@hook.test/cb?token=***&x=1&apiKey=***',
    );
    expect(redactUrl('http://hook.test/cb')).toBe('http://hook.test/cb');
  });
});
