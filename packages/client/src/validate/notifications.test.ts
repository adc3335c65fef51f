import { loadExamples } from '@mjkit/contract/fixtures';
import { describe, expect, it } from 'vitest';
import { MjNotificationError } from '../errors';
import { parseNotification, safeParseNotification } from './notifications';

describe('parseNotification', () => {
  it('accepts every real notifyHook and task payload, as objects or JSON text', () => {
    const payloads = loadExamples().filter((e) => e.kind === 'notify' || e.kind === 'task');
    expect(payloads.length).toBeGreaterThan(5);
    for (const e of payloads) {
      expect(parseNotification(e.json).id, e.file).toBeTypeOf('string');
      expect(parseNotification(JSON.stringify(e.json)).id).toBe(String((e.json as { id: unknown }).id));
    }
  });

  it.each([['not json'], [{ status: 'SUCCESS' }], [[1, 2]], [null], [{ id: '1', status: 'DONE' }]])(
    'rejects %j with a readable error',
    (body) => {
      const r = safeParseNotification(body);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error).toBeInstanceOf(MjNotificationError);
        expect(r.error.issues.length).toBeGreaterThan(0);
      }
    },
  );
});
