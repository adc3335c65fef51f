import type { Source } from './sources';

/** A profile and, for those that have one, the upstream variant it imitates. */
export interface Target {
  profile: 'doc' | 'new-api' | 'midjourney-proxy';
  upstream?: 'nz' | 'ta';
  /** new-api's own `MjNotifyEnabled` switch (off by default, as in new-api). */
  notifyEnabled?: boolean;
}

/**
 * What a row sets up before its request, through the control API and ordinary requests:
 * - `keys`: the API keys the mock accepts (auth rows);
 * - `seed`: a stored task (`POST /__mock/tasks`), whose id replaces `{seed}` in path and body;
 * - `busy`: that many imagines submitted first (3 run, the rest wait), to reach 1/22/23/9;
 * - `config`: any other config patch (banned words, queue size, …).
 */
export interface Setup {
  keys?: string[];
  seed?: { action?: string; status?: string; prompt?: string };
  busy?: number;
  config?: Record<string, unknown>;
}

/** One request, as a client sends it. `{seed}` in the path or a body string is the seeded task id. */
export interface RequestSpec {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  /** JSON body (serialised with `JSON.stringify`). */
  json?: unknown;
  /** Raw body bytes, for malformed JSON. */
  raw?: string;
}

/**
 * The answer. `json` is compared with `toEqual` (vitest asymmetric matchers allowed for ids and
 * times); `text` is the exact body; `empty` means zero bytes; `headers` maps a lower-case name to
 * its exact value, a pattern, or `null` for "absent".
 */
export interface ResponseSpec {
  status: number;
  headers?: Record<string, string | RegExp | null>;
  json?: unknown;
  text?: string | RegExp;
  empty?: true;
}

/** One expectation: request → answer, with the file it reproduces. */
export interface Expectation {
  name: string;
  target: Target;
  setup?: Setup;
  request: RequestSpec;
  expect: ResponseSpec;
  source: Source;
}
