import type { ServerResponse } from 'node:http';
import type { CoreBody, CoreResponse } from '../core/http-types';
import { encodeBody } from '../core/http-types';

/** The JSON content type `encodeBody` gives, read once so the two encoders cannot drift apart. */
const JSON_TYPE = encodeBody({ type: 'json', value: null })!.contentType;

/** A body ready for `res.end`: JSON and text stay strings (Node encodes them as UTF-8, as `encodeBody` does). */
export interface NodeBody {
  chunk: string | Buffer;
  /** Length in bytes (the `Content-Length`). */
  length: number;
  contentType: string;
}

/**
 * Encodes a pipeline body for `node:http`. A string chunk lets Node write the head and the body in
 * one `write` (a `Buffer` goes out as a two-chunk `writev`) and skips a `TextEncoder` copy per answer;
 * the bytes on the wire are the same as `encodeBody`'s (UTF-8, lone surrogates as U+FFFD in both).
 * @example nodeBody({ type: 'json', value: { code: 1 } }) // { chunk: '{"code":1}', length: 10, … }
 */
export function nodeBody(body: CoreBody): NodeBody | undefined {
  switch (body.type) {
    case 'json': {
      const chunk = JSON.stringify(body.value);
      return { chunk, length: Buffer.byteLength(chunk), contentType: JSON_TYPE };
    }
    case 'text':
      return { chunk: body.text, length: Buffer.byteLength(body.text), contentType: body.contentType };
    case 'bytes': {
      const { bytes } = body;
      const chunk = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
      return { chunk, length: chunk.length, contentType: body.contentType };
    }
    case 'empty':
      return undefined;
  }
}

/**
 * Writes a pipeline answer's status and headers on `res`; returns the chunk to end it with
 * (`undefined` for HEAD, 204 and empty bodies).
 */
export function prepareAnswer(
  res: ServerResponse,
  response: CoreResponse,
  head: boolean,
): string | Buffer | undefined {
  const encoded = nodeBody(response.body);
  res.statusCode = response.status;
  for (const [k, v] of Object.entries(response.headers)) res.setHeader(k, v);
  if (encoded) {
    res.setHeader('Content-Type', encoded.contentType);
    res.setHeader('Content-Length', String(encoded.length));
  }
  if (response.close) res.setHeader('Connection', 'close');
  return head || !encoded || response.status === 204 ? undefined : encoded.chunk;
}
