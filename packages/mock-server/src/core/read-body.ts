/** How reading a body within the limit went. */
export type ReadBody = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'too-large' };

/**
 * Reads chunks until the end or until `limit` bytes are exceeded, then stops at once (issue #12
 * item 7: a chunked body that never ends is answered 413 at the limit, not drained). `cancel` is
 * called when reading stops early, so the adapter can close the connection.
 */
export async function readWithin(
  chunks: AsyncIterable<Uint8Array>,
  limit: number,
  cancel: () => void = () => {},
): Promise<ReadBody> {
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size > limit) {
      cancel();
      return { ok: false, reason: 'too-large' };
    }
    parts.push(chunk);
  }
  if (parts.length === 1) return { ok: true, bytes: parts[0]! };
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { ok: true, bytes };
}

/** A web `ReadableStream` as async chunks (works where streams are not async-iterable). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncIterable<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}
