import type { GatewayRouteName } from '../core/routes';
import type { EmittedRouteResponses } from '../emitted-responses';
import type { ProfileTarget } from '../profile-targets';
import { GATEWAY_OPERATION_DOCS } from './gateway-docs';
import type { OperationDocs } from './operation-docs';

type Described = Exclude<ProfileTarget, 'doc'>;

/** What each status means in a target, for every route (route-specific notes are added below). */
const STATUS_TEXT: Readonly<Record<Described, Readonly<Record<number, string>>>> = {
  'new-api': {
    200:
      "The upstream's answer, passed through with its status. Submits: its envelope as `text/plain; charset=utf-8` " +
      '(new-api writes it without a Content-Type), code 22 and 21 (not for INPAINT/CUSTOM_ZOOM) rewritten to 1 ' +
      'with the description and `numberOfQueues` kept; 23 (NZ) or 9 (TA) queue full, 24 banned and upstream ' +
      'code 4 errors stay HTTP 200.',
    400:
      'new-api relay error (shape A, the description ends with a space: `prompt_is_required `), a body that does ' +
      'not decode or a bad customId (shape B `Invalid request: Invalid Midjourney request: …`, ' +
      '`custom_id_is_required`, `unknown_action:<id>`), or an upstream envelope passed through.',
    401: 'Missing or wrong token: shape B, `code:""`, message `Invalid token (request id: …)`.',
    404: "Unknown path (shape B `Invalid URL (…)`), or the upstream's code 3 at HTTP 404 (TA) passed through.",
    413: 'Body over the size limit: shape A `request_body_too_large` (the mock).',
    429: 'Channel saturated: shape A, code 30.',
    500: 'Mock error or forced `http-error` outcome.',
    503: 'No channel serves the model (every simple-change, a change without action): shape B `model_not_found`.',
  },
  'midjourney-proxy-nz': {
    200: 'Envelope `{code, description, result, properties}`: every check answers HTTP 200 with code 4 and the upstream’s Chinese text; code 3 when the task does not exist.',
    400: 'A request the mock cannot bind: shape A.',
    401: 'Missing or wrong `mj-api-secret`: HTTP 401 with an empty body (`ApiAuthorizeInterceptor.java`).',
    404: 'No such route: HTTP 404 with an empty body (NZ has no action, modal, video, prefixes).',
    413: 'Body over the size limit: shape A `request_body_too_large` (the mock).',
    500: 'Mock error or forced `http-error` outcome.',
  },
  'midjourney-proxy-ta': {
    200: 'Envelope `{code, description, result, properties}`: every check answers HTTP 200 with code 4 and the upstream’s Chinese text; a full queue is code 9.',
    204: 'No task with this id: HTTP 204, no body (`TaskController.cs`).',
    400: 'A request the mock cannot bind (shape A), or image-seed of a task without a seed yet (envelope, code 4).',
    401: 'Missing or wrong key (raw `Authorization` or `mj-api-secret`): HTTP 401, `text/plain` `Authorization header missing.`',
    404: 'The referenced task does not exist: envelope with code 3 at HTTP 404; an unknown route: empty 404.',
    413: 'Body over the size limit: shape A `request_body_too_large` (the mock).',
    500: 'Mock error or forced `http-error` outcome.',
  },
};

/** Route-specific notes on a status, where the generic text is not the whole story. */
const ROUTE_NOTES: Partial<Record<Described, Partial<Record<GatewayRouteName, Record<number, string>>>>> = {
  'new-api': {
    fetchTask: {
      200: 'new-api\'s own task DTO: `status:""`, times 0 and `properties:null` until its relay\'s first poll (~15 s); `imageUrl` points at `/mj/image/{id}` (`?rand=` until SUCCESS); progress `100%` on FAILURE.',
      400: 'Unknown task, or one of another key: shape A `task_no_found ` (sic, trailing space).',
    },
    listByCondition: { 200: "The caller's tasks among the ids, as new-api's DTO." },
    image: {
      200: 'The image bytes; no key needed.',
      400: 'Unknown task: `{"error":"midjourney_task_not_found"}`.',
    },
  },
  'midjourney-proxy-nz': {
    fetchTask: {
      200: 'The task (NZ’s `Task`: no buttons, mode or botType). An unknown id is HTTP 200 with an EMPTY body (no Content-Type), which OpenAPI cannot declare beside JSON.',
    },
  },
};

/**
 * The operation docs of a profile document: the doc document's tags and request examples, a
 * description of every status this target declares for the route.
 */
export function profileOperationDocs(
  target: Described,
  table: Partial<Record<GatewayRouteName, EmittedRouteResponses>>,
): Record<string, OperationDocs> {
  return Object.fromEntries(
    Object.entries(table).map(([name, responses]) => {
      const route = name as GatewayRouteName;
      const base = GATEWAY_OPERATION_DOCS[route];
      const notes = ROUTE_NOTES[target]?.[route] ?? {};
      const described = Object.keys(responses).map((s) => {
        const status = Number(s);
        const text = notes[status] ?? STATUS_TEXT[target][status];
        if (!text) throw new Error(`OpenAPI ${target}: no description for ${route} HTTP ${status}`);
        return [status, text] as const;
      });
      const docs: OperationDocs = {
        tag: base.tag,
        ...(base.description ? { description: base.description } : {}),
        responses: Object.fromEntries(described),
        ...(base.requestExamples ? { requestExamples: base.requestExamples } : {}),
      };
      return [route, docs];
    }),
  );
}
