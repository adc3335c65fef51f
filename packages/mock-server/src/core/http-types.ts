/**
 * The framework-free request and response of the pipeline (DESIGN.md §3): every adapter (express,
 * fetch, MSW) turns its own objects into these and back, so all of them give the same answers.
 */

/** Reads one request header by lower-case name; repeated headers come joined with `, `. */
export type HeaderReader = (name: string) => string | undefined;

/** What the pre-body stage sees: everything but the body. */
export interface CoreRequest {
  /** Upper-case method (`HEAD` is answered like `GET`, without a body). */
  method: string;
  /** The raw path, still percent-encoded, without the query string. */
  path: string;
  /** The query string without `?` (may be empty). */
  query: string;
  headers: HeaderReader;
  /** `--public-url`, else `<protocol>://<host>` of this request: the base of every URL in answers. */
  baseUrl: string;
}

/** A response body: JSON, bytes, text, or nothing (some real systems answer 200/204 with no body). */
export type CoreBody =
  | { type: 'json'; value: unknown }
  | { type: 'bytes'; bytes: Uint8Array; contentType: string }
  | { type: 'text'; text: string; contentType: string }
  | { type: 'empty' };

/** What the pipeline answers. Adapters write `status`, `headers` and `body` as they are. */
export interface CoreResponse {
  status: number;
  headers: Record<string, string>;
  body: CoreBody;
  /** Close the connection after answering (an over-limit body was not read to its end). */
  close?: boolean;
}

/** A JSON response. */
export const json = (status: number, value: unknown, headers: Record<string, string> = {}): CoreResponse => ({
  status,
  headers,
  body: { type: 'json', value },
});

/** One encoder for every answer (it holds no state between calls). */
const UTF8 = new TextEncoder();

/** Serialises a body to bytes (JSON as UTF-8), with its content type; `undefined` for an empty body. */
export function encodeBody(body: CoreBody): { bytes: Uint8Array; contentType: string } | undefined {
  switch (body.type) {
    case 'json':
      return {
        bytes: UTF8.encode(JSON.stringify(body.value)),
        contentType: 'application/json; charset=utf-8',
      };
    case 'bytes':
      return { bytes: body.bytes, contentType: body.contentType };
    case 'text':
      return { bytes: UTF8.encode(body.text), contentType: body.contentType };
    case 'empty':
      return undefined;
  }
}
