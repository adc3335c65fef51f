import { emittedResponseSchemas, targetServes } from '@mjkit/contract';
import type { UpstreamVariant } from '@mjkit/contract';
import type { HeaderReader } from '../../core/http-types';
import type { GatewayRouteName } from '../../core/route-match';
import type { TaskRecord } from '../../engine/task-record';
import type { GatewayResult } from '../../gateway/result';
import { docTaskView } from '../doc/doc-task-view';
import type { Profile, RenderContext, Rendered } from '../profile';
import { readUpstreamKey, unauthorized } from './auth';
import { acceptedEnvelope, type UpstreamEnvelope, upstreamEnvelope } from './envelope';
import { LOCAL_TO_UPSTREAM } from './local-to-upstream';
import { shouldNotify, trueaiModalView, upstreamTaskView } from './task-view';
import { VARIANTS } from './variants';

const PREFIX = /^\/mj-(fast|relax|turbo)(\/mj(?:\/.*)?)$/i;
const envelopeOut = (e: UpstreamEnvelope): Rendered => ({
  status: e.status,
  body: { type: 'json', value: e.body },
});
const empty = (status: number): Rendered => ({ status, body: { type: 'empty' } });

/**
 * The `midjourney-proxy` profile: the upstream itself, NZ (novicezk, Java) or TA (trueai, C#)
 * (spec/profiles.md §2). Every check answers as an HTTP 200 envelope with the upstream's text; the
 * differences between the variants are facts in {@link VARIANTS}, not branches here.
 */
export function createMidjourneyProxyProfile(variant: UpstreamVariant): Profile {
  const facts = VARIANTS[variant];
  const taskJson = (record: Readonly<TaskRecord>, ctx: RenderContext) => {
    const view = upstreamTaskView(docTaskView(record, ctx.baseUrl), variant);
    return facts.modalAsTrueai ? trueaiModalView(record, view) : view;
  };
  return {
    name: 'midjourney-proxy',
    rewritePath(path) {
      const match = facts.speedPrefixes ? PREFIX.exec(path) : null;
      if (!match) return { path };
      return {
        path: match[2] as string,
        mode: (match[1] as string).toUpperCase() as 'FAST' | 'RELAX' | 'TURBO',
      };
    },
    serves: (route: GatewayRouteName) => targetServes(`midjourney-proxy-${variant}`, route),
    requiresKey: () => true,
    readKey: (headers: HeaderReader) => readUpstreamKey(variant, headers),
    renderAuthFailure() {
      const answer = unauthorized(variant);
      return answer.body === ''
        ? empty(401)
        : { status: 401, body: { type: 'text', text: answer.body, contentType: 'text/plain' } };
    },
    render(result: GatewayResult, ctx: RenderContext): Rendered {
      const instanceId = ctx.instance.discordInstanceId;
      switch (result.kind) {
        case 'accepted':
          return envelopeOut(acceptedEnvelope(variant, result.record.task.id, 0, instanceId));
        case 'queued':
          return envelopeOut(acceptedEnvelope(variant, result.record.task.id, result.ahead, instanceId));
        case 'modal': {
          const task = result.record.task;
          const finalPrompt = facts.modalAsTrueai
            ? String(trueaiModalView(result.record, { ...task }).promptEn ?? '')
            : ((task.properties as { finalPrompt?: string }).finalPrompt ?? task.prompt);
          return envelopeOut(
            upstreamEnvelope('modal_waiting', variant, {
              result: task.id,
              properties: { finalPrompt, remix: true },
            }),
          );
        }
        case 'rejected':
          if (result.reason === 'queue-full')
            return envelopeOut(upstreamEnvelope('queue_full', variant, { instanceId }));
          return envelopeOut(
            upstreamEnvelope('banned_prompt', variant, {
              properties: { promptEn: result.promptEn, bannedWord: result.bannedWord },
            }),
          );
        case 'localError': {
          const key = LOCAL_TO_UPSTREAM[result.name];
          if (key) return envelopeOut(upstreamEnvelope(key, variant));
          if (result.name === 'task_no_found') return this.render({ kind: 'taskNotFound' }, ctx);
          return {
            status: 400,
            body: {
              type: 'json',
              value: { code: 4, description: result.name, result: null, properties: {} },
            },
          };
        }
        case 'upstreamError':
          return envelopeOut(upstreamEnvelope(result.key, variant));
        case 'taskNotFound':
          if (ctx.route === 'imageSeed') return envelopeOut(upstreamEnvelope('task_missing', variant));
          return empty(facts.unknownFetchStatus);
        case 'task':
          return { status: 200, body: { type: 'json', value: taskJson(result.record, ctx) } };
        case 'tasks': {
          const records =
            ctx.route === 'taskList' ? result.records.slice(0, facts.listLimit) : result.records;
          return { status: 200, body: { type: 'json', value: records.map((r) => taskJson(r, ctx)) } };
        }
        case 'seed':
          return envelopeOut(upstreamEnvelope('seed_success', variant, { result: result.seed }));
        case 'uploaded': {
          const urls = result.paths.map((p) => (p.startsWith('/') ? `${ctx.baseUrl}${p}` : p));
          return envelopeOut(upstreamEnvelope('submit_success', variant, { result: urls }));
        }
        case 'file':
          return {
            status: 200,
            body: { type: 'bytes', bytes: result.file.bytes, contentType: result.file.contentType },
          };
        case 'fileNotFound':
          return empty(404);
        case 'empty':
          return empty(200);
        case 'upstreamRouteMissing':
          // What this upstream answers on a route it lacks (the case a relay in front of it meets).
          return empty(404);
      }
    },
    taskView: (record, ctx) => taskJson(record, ctx),
    notifies: (record) => Boolean(record.task.properties.notifyHook),
    // NZ NotifyServiceImpl: only a lower rank is skipped, so an equal rank is sent again.
    notifyOnRank: (last, next) => next > 0 && shouldNotify(variant, last, next),
    rules: {
      bannedPrompt: facts.bannedAtSubmit ? 'reject' : 'fail-later',
      describeLink: facts.describeLink,
      describeBase64Array: false,
    },
    notFound: () => empty(404),
    // What the chosen upstream sends, per route and status (the contract's per-profile emitted tier).
    responseSchemas: emittedResponseSchemas('midjourney-proxy', variant),
  };
}
