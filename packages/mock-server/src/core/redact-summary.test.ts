import { describe, expect, it } from 'vitest';
import { redactSummary } from './redact-summary';
import { summarizeBody } from './summarize-body';

describe('redactSummary', () => {
  it('masks secret-looking values and keeps the rest', () => {
    const s = summarizeBody({ prompt: 'cat', apiKey: 'sk-123', controlKey: 'ctl', token: 7, n: 1 });
    const out = redactSummary(s);
    expect(out).not.toContain('sk-123');
    expect(out).not.toContain('"ctl"');
    expect(out).toContain('"prompt":"cat"');
    expect(out).toContain('"apiKey":"[redacted]"');
    expect(out).toContain('"token":"[redacted]"');
    expect(out).toContain('"n":1');
  });

  it('keeps array counts (keys: [2 items] reveals no key) and plain summaries as they are', () => {
    expect(redactSummary(summarizeBody({ keys: ['a', 'b'] }))).toBe('{"keys":[2 items]}');
    expect(redactSummary('{"prompt":"a, b"}')).toBe('{"prompt":"a, b"}');
  });

  it('masks a secret whose value holds commas or quotes', () => {
    const out = redactSummary(summarizeBody({ secret: 'a,"b",c', x: 'y' }));
    expect(out).toBe('{"secret":"[redacted]","x":"y"}');
    expect(redactSummary(summarizeBody({ token: { a: 1 }, n: 2 }))).toBe('{"token":"[redacted]","n":2}');
  });
});
