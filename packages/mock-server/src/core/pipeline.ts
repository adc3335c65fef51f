import type { Mock } from '../mock/create-mock';
import type { DistributorInput } from '../profiles/profile';
import { handle } from './handle';
import type { DocsLoader } from './meta-routes';
import type { CoreRequest, CoreResponse } from './http-types';
import { journalRequest, type RequestLogger } from './journal-request';
import { mockError } from './mock-errors';
import { parseJsonBody } from './parse-json';
import { DEFAULT_FIXTURE_MAX_BYTES } from '../fixtures/parse-fixture';
import type { OriginPolicy } from './origin-policy';
import { preBody, type Plan } from './pre-body';
import type { ReadBody } from './read-body';

/** One decoder for every request body (`decode` without `stream` keeps no state between calls). */
const UTF8 = new TextDecoder();

/** How a pipeline serves (both adapters take these options). */
export interface PipelineOptions extends OriginPolicy {
  /**
   * The control API's key (`--control-key`): required on `/__mock/*`. Without it, a mock with API keys
   * asks control callers for one of them and scopes journals to it; a mock with no key is open.
   */
  controlKey?: string | undefined;
  /** Serve `/__mock/*` (default true). */
  control?: boolean;
  /** Body limit: bytes, or `"20mb"`-style (default 20 MB: several base64 images). */
  bodyLimit?: number | string;
  /** Body limit of `PUT /__mock/snapshot` (default 256 MiB, far above `bodyLimit`: a whole state). */
  snapshotLimit?: number | string;
  /** Validate answers against the active profile's schemas (default true). */
  validateResponses?: boolean;
  /** Receives one entry per answered request (the CLI logs it). */
  log?: RequestLogger;
  /** Loads the committed OpenAPI documents (the Node entry reads them from disk). */
  loadDocs?: DocsLoader;
  /** Receives errors thrown by a handler (answered as a JSON 500); default: none. */
  onError?: (error: unknown) => void;
}

/** Parses `"20mb"`, `"512kb"` or a number of bytes. */
export function parseByteSize(value: number | string | undefined, fallback = 20 * 1024 * 1024): number {
  if (value === undefined) return fallback;
  if (typeof value === 'number') return value;
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value.trim());
  if (!m) return fallback;
  const unit = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[(m[2] ?? 'b').toLowerCase() as 'b'];
  return Math.floor(Number(m[1]) * unit);
}

/** The framework-free request pipeline an adapter drives. */
export interface Pipeline {
  /** The whole request: pre-body stage, then `readBody(limit)`, parse, handle, journal. */
  serve(req: CoreRequest, readBody: (limit: number) => Promise<ReadBody>): Promise<CoreResponse>;
  /** Only the pre-body stage (for adapters that route first, like express + ts-rest). */
  preBody(req: CoreRequest): ReturnType<typeof preBody>;
  /** Parses the bytes read for `plan` (depth-bounded); a failure is the journaled answer. */
  parse(plan: Plan, read: ReadBody): { ok: true; body: unknown } | { ok: false; response: CoreResponse };
  /** Runs the handler steps for a parsed body and journals the answer. */
  run(plan: Plan, body: unknown): Promise<CoreResponse>;
  /** Journals an answer given before the body was read. */
  early(req: CoreRequest, response: CoreResponse): CoreResponse;
}

/**
 * Builds the pipeline of a mock (DESIGN.md §3): every adapter (express, fetch, MSW) answers through
 * it, so they all give the same answers.
 */
export function createPipeline(mock: Mock, options: PipelineOptions = {}): Pipeline {
  const control = options.control !== false;
  const bodyLimit = parseByteSize(options.bodyLimit);
  const snapshotLimit = parseByteSize(options.snapshotLimit, DEFAULT_FIXTURE_MAX_BYTES);
  const handleOptions = {
    control,
    validateResponses: options.validateResponses !== false,
    loadDocs: options.loadDocs,
  };
  const finish = (
    req: CoreRequest,
    started: number,
    response: CoreResponse,
    body: unknown,
    match?: Plan['match'],
    owner: string | null = null,
  ): CoreResponse => {
    journalRequest(mock, req, response, started, body, options.log, match, owner);
    return response;
  };
  const stop = (plan: Plan, r: CoreResponse, body?: unknown) =>
    finish(
      plan.req,
      plan.started,
      { ...r, headers: { ...plan.headers, ...r.headers } },
      body,
      plan.match,
      plan.owner,
    );
  const parse: Pipeline['parse'] = (plan, read) => {
    if (!read.ok)
      return {
        ok: false,
        response: stop(plan, {
          ...mockError('request_body_too_large'),
          close: true,
        }),
      };
    const text = UTF8.decode(read.bytes);
    const parsed = parseJsonBody(text);
    // A gateway in front of the routes (new-api's distributor) sees the body first (issue #13).
    const profile = mock.profile();
    if (profile.distribute && plan.match.area === 'gateway') {
      const input: DistributorInput =
        'error' in parsed ? { ok: false, error: parsed.error, text } : { ok: true, value: parsed.value };
      const r = profile.distribute(plan.match.name, input);
      if (r)
        return {
          ok: false,
          response: stop(plan, { status: r.status, headers: r.headers ?? {}, body: r.body }),
        };
    }
    if (!('error' in parsed)) return { ok: true, body: parsed.value };
    const detail =
      parsed.error === 'too-deep' ? `JSON nested deeper than ${parsed.depth - 1} levels` : undefined;
    return { ok: false, response: stop(plan, mockError('bind_request_body_failed', detail)) };
  };
  const run: Pipeline['run'] = async (plan, body) => {
    try {
      return stop(plan, await handle(mock, plan, body, handleOptions), body);
    } catch (error) {
      options.onError?.(error);
      return stop(plan, mockError('internal_error'), body);
    }
  };
  const pipeline: Pipeline = {
    preBody: (req) =>
      preBody(mock, req, {
        control,
        bodyLimit,
        snapshotLimit,
        controlKey: options.controlKey,
        allowedHosts: options.allowedHosts,
        corsOrigins: options.corsOrigins,
      }),
    parse,
    run,
    early: (req, response) => finish(req, performance.now(), response, undefined),
    async serve(req, readBody) {
      const pre = await pipeline.preBody(req);
      if (!pre.ok) return pipeline.early(req, pre.response);
      const expectsBody = req.method !== 'GET' && req.method !== 'HEAD';
      const read = expectsBody
        ? await readBody(pre.plan.limit)
        : { ok: true as const, bytes: new Uint8Array() };
      const parsed = parse(pre.plan, read);
      return parsed.ok ? run(pre.plan, parsed.body) : parsed.response;
    },
  };
  return pipeline;
}
