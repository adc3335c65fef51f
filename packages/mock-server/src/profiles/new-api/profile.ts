import {
  emittedResponseSchemas,
  LOCAL_ERRORS,
  type LocalErrorName,
  type TaskWire,
  relayServes,
  type UpstreamVariant,
  VARIANT_ROUTE_NAMES,
} from '@mjkit/contract';
import type { GatewayRouteName } from '../../core/route-match';
import type { TaskRecord } from '../../engine/task-record';
import type { GatewayResult } from '../../gateway/result';
import { createMidjourneyProxyProfile } from '../midjourney-proxy/profile';
import type { Profile, RenderContext, Rendered } from '../profile';
import { newApiActionName } from './action-name';
import { INVALID_TOKEN_MESSAGE, readNewApiCredentials } from './auth';
import { distributorStop } from './distribute';
import { imageNotFound, type RawAnswer, shapeA, shapeB } from './errors';
import {
  NEW_API_DEFAULT_SWITCHES,
  type NewApiSwitches,
  rewriteSubmitBody,
  SUBMIT_CONTENT_TYPE,
} from './forward';
import { splitModePrefix } from './mode-prefix';
import { createRelayRecords, NEW_API_POLL_MS, type RelayRecords } from './relay-records';
import { toNewApiDto } from './task-dto';

/** Options of {@link createNewApiProfile}. */
export interface NewApiProfileOptions {
  /** The upstream behind new-api (its codes pass through: 23 from NZ, 9 from TA). Default `ta`. */
  upstream?: UpstreamVariant;
  /** new-api's switches (`newApi.notifyEnabled` …); default all off, as in new-api. */
  switches?: Partial<NewApiSwitches>;
  /** The simulated clock, for the relay's poll ticks. */
  now: () => number;
  /** `--speed` (read at each poll): the 15-s poll lag is divided by it. 0 turns the lag off. */
  speed?: () => number;
  /** Most relay records kept (default 10 000). */
  maxRecords?: number;
}

const hasNonStringIds = (body: unknown): boolean => {
  const ids = (body as { ids?: unknown } | null)?.ids;
  return Array.isArray(ids) && ids.some((id) => typeof id !== 'string');
};

/** Local errors new-api itself can answer (spec/profiles.md §1.1 item 5); the rest reach the upstream. */
const REACHABLE_SHAPE_A = new Set<LocalErrorName>([
  'prompt_is_required',
  'index_is_required',
  'task_not_found',
  'task_status_not_success',
  'quota_not_enough',
  'sour_base64_and_target_base64_is_required',
  'task_no_found',
  'do_request_failed',
]);
const SHAPE_B_400 = new Set(['custom_id_is_required', 'unknown_action']);

/**
 * What new-api sends when the upstream answered 404 with no body (`service/midjourney.go` @08b94b7 reads
 * that as `{code:5, description:"empty_response_body"}` without an error): a submit writes the upstream's
 * status and bytes back (404, empty); swap writes that status with the marshalled response; image-seed
 * marshals it too, but `IOCopyBytesGracefully(c, nil, …)` sets the status again to 200. Go sniffs the
 * Content-Type of the JSON as text/plain.
 */
function relayedEmpty404(route: GatewayRouteName): Rendered {
  if (route !== 'imageSeed' && route !== 'swapFace') return { status: 404, body: { type: 'empty' } };
  return {
    status: route === 'imageSeed' ? 200 : 404,
    body: { type: 'text', text: EMPTY_RESPONSE_BODY_JSON, contentType: SUBMIT_CONTENT_TYPE },
  };
}

/** `json.Marshal(dto.MidjourneyResponse{Code: 5, Description: "empty_response_body"})`. */
export const EMPTY_RESPONSE_BODY_JSON =
  '{"code":5,"description":"empty_response_body","properties":null,"result":""}';

const raw = (a: RawAnswer): Rendered => ({
  status: a.status,
  body: {
    type: 'text',
    text: a.body,
    contentType: a.headers['content-type'] ?? 'application/json; charset=utf-8',
  },
});

/**
 * The `new-api` profile: the QuantumNous/new-api gateway in front of a midjourney-proxy upstream
 * (spec/profiles.md §1). The upstream's answers come from the midjourney-proxy profile of the chosen
 * variant; this layer adds new-api's auth, its shape-A/B errors, the 22/21 → 1 rewrites, its own task
 * records (status `""` until the relay's first 15-s poll) and its task DTO.
 */
export function createNewApiProfile(options: NewApiProfileOptions): Profile & { records: RelayRecords } {
  const variant = options.upstream ?? 'ta';
  const upstream = createMidjourneyProxyProfile(variant);
  const switches: NewApiSwitches = { ...NEW_API_DEFAULT_SWITCHES, ...options.switches };
  const speed = options.speed ?? (() => 1);
  const records = createRelayRecords({
    pollMs: () => {
      const s = speed();
      return s > 0 ? Math.max(1, Math.round(NEW_API_POLL_MS / s)) : 0;
    },
    maxRecords: options.maxRecords ?? 10_000,
  });
  /** Routes that get a real answer through the upstream (the contract's `relayServes`). */
  const upstreamServes = (route: GatewayRouteName) => relayServes(variant, route);
  let requestSeq = 0;
  const requestId = () => `${options.now()}${String(++requestSeq).padStart(6, '0')}`;
  const owner = (record: Readonly<TaskRecord>) => record.owner ?? '';
  const upstreamTask = (lookup: Map<string, Readonly<TaskRecord>>, ctx: RenderContext) => (id: string) => {
    const record = lookup.get(id);
    // What the relay's poll reads: the upstream's own task JSON.
    return record ? (upstream.taskView(record, ctx, 'fetch') as TaskWire) : undefined;
  };
  const dto = (record: Readonly<TaskRecord>, ctx: RenderContext) => {
    const id = record.task.id;
    if (!records.has(id)) {
      // A task new-api never relayed (seeded through the control API): known as if submitted then.
      records.add(owner(record), {
        id,
        action: record.task.action,
        prompt: record.task.prompt,
        description: '提交成功',
        submitTime: record.task.submitTime,
      });
    }
    const found = records.get(owner(record), id, options.now(), upstreamTask(new Map([[id, record]]), ctx));
    if (!found) return undefined;
    return toNewApiDto(found, {
      serverAddress: ctx.baseUrl,
      forwardUrl: true,
      nanoNow: () => BigInt(options.now()) * 1_000_000n,
    });
  };
  /** An upstream answer as new-api writes it back: the same status, the bytes rewritten, no Content-Type. */
  const forward = (answer: Rendered, action: string): Rendered => {
    if (answer.body.type !== 'json') return answer;
    const text = rewriteSubmitBody(JSON.stringify(answer.body.value), action);
    return { status: answer.status, body: { type: 'text', text, contentType: SUBMIT_CONTENT_TYPE } };
  };
  const submitted = (
    result: GatewayResult & { record: Readonly<TaskRecord> },
    ctx: RenderContext,
  ): Rendered => {
    const action = newApiActionName(ctx.route, result.record);
    const answer = upstream.render(result, ctx);
    const description =
      answer.body.type === 'json' ? String((answer.body.value as { description: string }).description) : '';
    records.add(owner(result.record), {
      id: result.record.task.id,
      action,
      prompt: result.record.task.prompt,
      description,
      submitTime: options.now(),
    });
    return forward(answer, action);
  };
  return {
    name: 'new-api',
    records,
    rewritePath(path) {
      // The prefix is not passed upstream (relay/mjproxy_handler.go getMjRequestPath): no speed mode.
      return { path: splitModePrefix(path)?.path ?? path };
    },
    // router/relay-router.go: no NZ list/queue, no TA cancel/list-by-ids.
    serves: (route: GatewayRouteName) => !(VARIANT_ROUTE_NAMES as readonly string[]).includes(route),
    requiresKey: (route: GatewayRouteName) => route !== 'image',
    readKey: (headers) => readNewApiCredentials(headers)?.key,
    renderAuthFailure: () => raw(shapeB(401, INVALID_TOKEN_MESSAGE, requestId())),
    distribute(route, input) {
      // The relay binds list-by-condition's ids as []string before forwarding (profiles.md §1.1 item 5).
      if (route === 'listByCondition' && input.ok && hasNonStringIds(input.value))
        return raw(shapeA('do_request_failed'));
      const stop = distributorStop(route, input);
      return stop ? raw(shapeB(stop.status, stop.message, requestId(), stop.code)) : undefined;
    },
    // The upstream's rules (new-api forwards the raw body): NZ answers 24, TA fails the task later. A
    // route the upstream lacks (TA: change; NZ: action, modal, video, …) meets its empty 404.
    rules: { ...upstream.rules, upstreamServes },
    render(result, ctx) {
      switch (result.kind) {
        case 'accepted':
        case 'queued':
        case 'modal':
          return submitted(result, ctx);
        case 'localError': {
          if (result.name === 'bind_request_body_failed') {
            const detail = result.detail ?? 'unexpected end of JSON input';
            return raw(shapeB(400, `Invalid request: Invalid Midjourney request: ${detail}`, requestId()));
          }
          if (SHAPE_B_400.has(result.name)) {
            const message =
              result.name === 'unknown_action' ? `unknown_action:${result.detail ?? ''}` : result.name;
            return raw(shapeB(400, message, requestId()));
          }
          if (REACHABLE_SHAPE_A.has(result.name))
            return raw(shapeA(result.name, '', LOCAL_ERRORS[result.name].code));
          return forward(upstream.render(result, ctx), '');
        }
        case 'taskNotFound':
          return ctx.route === 'image' ? raw(imageNotFound()) : raw(shapeA('task_no_found'));
        case 'task': {
          const view = dto(result.record, ctx);
          return view ? { status: 200, body: { type: 'json', value: view } } : raw(shapeA('task_no_found'));
        }
        case 'tasks': {
          const views = result.records.map((r) => dto(r, ctx)).filter((v) => v !== undefined);
          return { status: 200, body: { type: 'json', value: views } };
        }
        case 'fileNotFound':
          return raw(imageNotFound());
        case 'upstreamRouteMissing':
          return relayedEmpty404(ctx.route);
        default:
          return forward(upstream.render(result, ctx), '');
      }
    },
    taskView(record, ctx, purpose) {
      // With MjNotifyEnabled the upstream calls the hook itself, with its own task shape (spec §5).
      return purpose === 'notify' ? upstream.taskView(record, ctx, purpose) : dto(record, ctx);
    },
    // MjNotifyEnabled off (the default): notifyHook is stripped before forwarding, so no hook fires.
    notifies: (record, config) =>
      (config.newApi?.notifyEnabled ?? switches.notifyEnabled) && upstream.notifies(record, config),
    notifyOnRank: (last, next) => upstream.notifyOnRank(last, next),
    reset: () => records.clear(),
    notFound: (method, path) => raw(shapeB(404, `Invalid URL (${method} ${path})`, requestId())),
    // What new-api sends, per route and status (JSON bodies; its text/plain submit answers pass as text).
    responseSchemas: emittedResponseSchemas('new-api', variant),
  };
}
