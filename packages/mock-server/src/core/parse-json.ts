/** The deepest JSON nesting a request body may have (issue #12 item 1). */
export const MAX_JSON_DEPTH = 64;

/** A body that is not JSON, or nested deeper than allowed. */
export type JsonParseError = { error: 'invalid' } | { error: 'too-deep'; depth: number };

/**
 * Parses a request body (issue #12 item 1): the nesting depth is checked by a linear scan before
 * `JSON.parse` runs, so a 2 250-deep body is refused with a 400 instead of overflowing a stack later.
 * An empty body is `undefined`.
 */
export function parseJsonBody(text: string, maxDepth = MAX_JSON_DEPTH): { value: unknown } | JsonParseError {
  if (text.trim() === '') return { value: undefined };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > maxDepth) return { error: 'too-deep', depth };
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  try {
    return { value: JSON.parse(text) };
  } catch {
    return { error: 'invalid' };
  }
}
