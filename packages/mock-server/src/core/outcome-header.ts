import { OUTCOMES, type Outcome, type StoredOutcome } from '@mjkit/contract';

/**
 * Parses `X-Mock-Outcome: <outcome>[; reason=…][; status=…][; factor=…]`, the one-request form of a
 * forced outcome. `undefined` when absent; `'invalid'` for an unknown outcome or a bad parameter.
 * @example parseOutcomeHeader('fail; reason=Banned prompt detected') // { outcome: 'fail', reason: '…', … }
 */
export function parseOutcomeHeader(value: string | undefined): StoredOutcome | 'invalid' | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const [name = '', ...params] = value.split(';').map((p) => p.trim());
  if (!(OUTCOMES as readonly string[]).includes(name)) return 'invalid';
  const outcome: StoredOutcome = { id: 'header', outcome: name as Outcome, remaining: 0, count: 1 };
  for (const param of params) {
    const eq = param.indexOf('=');
    const key = param.slice(0, eq).trim();
    const raw = param.slice(eq + 1).trim();
    if (eq < 0) return 'invalid';
    if (key === 'reason') outcome.reason = raw;
    else if (key === 'status' && /^[2-5]\d\d$/.test(raw)) outcome.status = Number(raw);
    else if (key === 'factor' && Number(raw) > 0) outcome.factor = Number(raw);
    else return 'invalid';
  }
  return outcome;
}
