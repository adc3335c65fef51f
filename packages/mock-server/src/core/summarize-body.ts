/**
 * A bounded one-line summary of a request body for the journal (issue #12 item 1): top-level keys
 * only, never recursive, long strings cut, at most 2 000 characters. Safe on any parsed body.
 */
export function summarizeBody(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body !== 'object') return short(JSON.stringify(body) ?? '');
  if (Array.isArray(body)) return `[${body.length} items]`;
  const parts: string[] = [];
  let length = 0;
  for (const key of Object.keys(body)) {
    const v = (body as Record<string, unknown>)[key];
    const shown =
      typeof v === 'string'
        ? JSON.stringify(v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v)
        : Array.isArray(v)
          ? `[${v.length} items]`
          : v !== null && typeof v === 'object'
            ? '{…}'
            : String(v);
    const part = `${JSON.stringify(key.slice(0, 60))}:${shown}`;
    parts.push(part);
    length += part.length;
    if (length > 2000) break;
  }
  return parts.length === 0 ? '' : short(`{${parts.join(',')}}`);
}

const short = (text: string) => (text.length > 2000 ? `${text.slice(0, 2000)}…` : text);
