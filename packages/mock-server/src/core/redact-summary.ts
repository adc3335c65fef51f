/** Keys whose values never reach the journal or the logs (the control API never reveals keys, §3). */
const SECRET_KEY = /key|secret|token|password|authorization/i;

/**
 * Masks the values of secret-looking keys in a body summary (`{"keys":[2 items]}` stays, a
 * `"apiKey":"sk-…"` becomes `"apiKey":"[redacted]"`). Works on the one-level summary
 * `summarizeBody` writes: `"name":value` pairs separated by commas.
 * @example redactSummary('{"controlKey":"ctl-1","x":1}') // '{"controlKey":"[redacted]","x":1}'
 */
export function redactSummary(summary: string): string {
  if (!SECRET_KEY.test(summary)) return summary;
  return summary.replace(
    /("(?:[^"\\]|\\.)*"):("(?:[^"\\]|\\.)*"|\[[^\]]*\]|\{…\}|[^,}]*)/g,
    (pair, key: string, value: string) =>
      SECRET_KEY.test(key) && !/^\[\d+ items\]$/.test(value) ? `${key}:"[redacted]"` : pair,
  );
}
