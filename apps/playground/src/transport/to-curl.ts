import type { CallRecord } from './call-journal';

/** Quotes a string for a POSIX shell. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/**
 * The call as a `curl` command line that sends the same method, headers and body. A body the journal
 * cut short is marked, since replaying it would send a different request.
 * @example toCurl(record) // curl -X POST 'http://127.0.0.1:8080/mj/submit/imagine' -H 'content-type: application/json' --data-raw '{"prompt":"cat"}'
 */
export function toCurl(
  record: Pick<CallRecord, 'method' | 'url' | 'requestHeaders' | 'requestBody' | 'requestTruncated'>,
): string {
  const parts = ['curl'];
  if (record.method !== 'GET') parts.push('-X', record.method);
  parts.push(shellQuote(record.url));
  for (const [name, value] of Object.entries(record.requestHeaders))
    parts.push('-H', shellQuote(`${name}: ${value}`));
  if (record.requestBody !== undefined) parts.push('--data-raw', shellQuote(record.requestBody));
  const line = parts.join(' ');
  return record.requestTruncated ? `# body cut at 256 KiB in the playground's journal\n${line}` : line;
}
