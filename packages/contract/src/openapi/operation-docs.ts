import { LOCAL_ERRORS, type LocalErrorName } from '../local-errors';

type Json = Record<string, unknown>;

/** One named example of an OpenAPI media type (Swagger UI lists them in a selector). */
export interface NamedExample {
  summary: string;
  value: unknown;
}

/**
 * What the document says about one operation beyond its schemas: its tag, what every declared HTTP
 * status means for this route, and whole-payload examples (the first request example pre-fills
 * Swagger UI's try-it, so it must be one the mock accepts).
 */
export interface OperationDocs {
  tag: string;
  /** Used when the contract route has no description of its own. */
  description?: string;
  /** A description per declared status; a declared status without one (or an extra one) fails generation. */
  responses: Readonly<Record<number, string>>;
  /**
   * Responses the server sends before the contract's handler runs (e.g. a 401 from the key check), so
   * the contract does not declare them; each still needs its description in `responses`.
   */
  extraResponses?: Readonly<Record<number, Json>>;
  requestDescription?: string;
  requestExamples?: Readonly<Record<string, NamedExample>>;
  responseExamples?: Readonly<Record<number, Readonly<Record<string, NamedExample>>>>;
}

/** A tag of a document, shown as a section heading in the UI. */
export interface TagDoc {
  name: string;
  description: string;
}

/**
 * The body a local error is sent with, in its table shape (spec §7): shape A
 * `{code, description, type}` or shape B `{error:{message, type, code}}`.
 * @example localErrorExample('prompt_is_required') // {code:4, description:'prompt_is_required', type:'upstream_error'}
 */
export function localErrorExample(name: LocalErrorName): unknown {
  const info = LOCAL_ERRORS[name];
  return info.shape === 'B'
    ? { error: { message: name, type: 'new_api_error', code: name } }
    : { code: info.code, description: name, type: 'upstream_error' };
}

/**
 * A status description listing the local errors a route can answer with, from the local-error table,
 * e.g. "Local error, shape A: `prompt_is_required` (imagine without a prompt.)".
 */
export function describeLocalErrors(lead: string, names: readonly LocalErrorName[]): string {
  const lines = names.map((n) => `- \`${n}\` (shape ${LOCAL_ERRORS[n].shape}): ${LOCAL_ERRORS[n].when}`);
  return [lead, ...lines].join('\n');
}

/** Named examples, one per local error, for a response status. */
export function localErrorExamples(names: readonly LocalErrorName[]): Record<string, NamedExample> {
  return Object.fromEntries(
    names.map((n) => [n, { summary: LOCAL_ERRORS[n].when, value: localErrorExample(n) }]),
  );
}

/**
 * Puts an operation's docs into the operation `@ts-rest/open-api` generated: tags, a description per
 * response status, request and response examples. Throws when the declared statuses and the described
 * ones differ, so a new status in the contract cannot ship undocumented.
 */
export function applyOperationDocs(operation: Json, docs: OperationDocs, id: string): Json {
  const responses: Record<string, Json> = {
    ...(operation.responses as Record<string, Json>),
    ...docs.extraResponses,
  };
  const declared = Object.keys(responses).sort().join(',');
  const described = Object.keys(docs.responses).sort().join(',');
  if (declared !== described)
    throw new Error(`OpenAPI docs of ${id}: statuses ${declared} declared, ${described} described`);
  for (const [status, response] of Object.entries(responses)) {
    const examples = docs.responseExamples?.[Number(status)];
    responses[status] = {
      ...response,
      description: docs.responses[Number(status)],
      ...(examples ? { content: withExamples(response.content as Json | undefined, examples, id) } : {}),
    };
  }
  const body = operation.requestBody as Json | undefined;
  const requestBody = body && {
    ...body,
    description: docs.requestDescription ?? 'JSON body.',
    ...(docs.requestExamples
      ? { content: withExamples(body.content as Json, docs.requestExamples, id) }
      : {}),
  };
  const description = operation.description ?? docs.description;
  return {
    ...operation,
    ...(description ? { description } : {}),
    tags: [docs.tag],
    ...(requestBody ? { requestBody } : {}),
    responses,
  };
}

/** Adds `examples` to the (single) media type of a content map. */
function withExamples(content: Json | undefined, examples: Record<string, NamedExample>, id: string): Json {
  const entries = Object.entries(content ?? {});
  if (entries.length !== 1) throw new Error(`OpenAPI docs of ${id}: examples need exactly one media type`);
  const [[type, media]] = entries as [[string, Json]];
  return { [type]: { ...media, examples } };
}
