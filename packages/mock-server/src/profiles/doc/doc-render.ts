import { inQueueDescription, RETURN_CODES, upstreamText } from '@mjkit/contract';
import type { GatewayResult } from '../../gateway/result';
import type { Rendered, RenderContext } from '../profile';
import { absolute } from '../urls';
import { docLocalError, docUpstreamError } from './doc-errors';
import { docTaskView } from './doc-task-view';

const ok = (value: unknown): Rendered => ({ status: 200, body: { type: 'json', value } });

/**
 * Renders a gateway result as the gateway page says (DESIGN.md §3): 200 envelopes with codes
 * 1 `Submit success`, 22 `排队中，前面还有N个任务` (`numberOfQueues`), 21 (`finalPrompt`, `remix`),
 * 23 (`result: null`), 24 (`promptEn`, `bannedWord`); local errors as HTTP 400 shape A.
 */
export function docRender(result: GatewayResult, ctx: RenderContext): Rendered {
  const ids = ctx.instance;
  switch (result.kind) {
    case 'accepted':
      return ok({
        code: 1,
        description: RETURN_CODES[1].description,
        result: result.record.task.id,
        properties: { ...ids },
      });
    case 'queued':
      return ok({
        code: 22,
        description: inQueueDescription(result.ahead),
        result: result.record.task.id,
        properties: { numberOfQueues: result.ahead, ...ids },
      });
    case 'modal': {
      const t = result.record.task;
      return ok({
        code: 21,
        description: RETURN_CODES[21].description,
        result: t.id,
        properties: { finalPrompt: t.properties.finalPrompt ?? t.prompt, remix: true },
      });
    }
    case 'rejected': {
      if (result.reason === 'queue-full') {
        const { code, text } = upstreamText('queue_full');
        return ok({
          code,
          description: text,
          result: null,
          properties: { discordInstanceId: ids.discordInstanceId },
        });
      }
      const { code, text } = upstreamText('banned_prompt');
      const promptEn = [...result.refs.map((r) => absolute(ctx.baseUrl, r)), result.promptEn].join(' ');
      return ok({
        code,
        description: text,
        result: null,
        properties: { promptEn, bannedWord: result.bannedWord },
      });
    }
    case 'localError':
      return docLocalError(result.name, result.detail);
    case 'upstreamError':
      return docUpstreamError(result.key, ctx.route !== 'uploadDiscordImages');
    case 'taskNotFound':
      return docLocalError('task_not_found');
    case 'task':
      return ok(docTaskView(result.record, ctx.baseUrl));
    case 'tasks':
      return ok(result.records.map((r) => docTaskView(r, ctx.baseUrl)));
    case 'seed': {
      const { code, text } = upstreamText('seed_success');
      return ok({ code, description: text, result: result.seed, properties: {} });
    }
    case 'uploaded': {
      const { code, text } = upstreamText('upload_success');
      return ok({ code, description: text, result: result.paths.map((p) => absolute(ctx.baseUrl, p)) });
    }
    case 'file':
      return {
        status: 200,
        headers: { 'Cache-Control': 'public, max-age=31536000, immutable' },
        body: { type: 'bytes', bytes: result.file.bytes, contentType: result.file.contentType },
      };
    case 'fileNotFound':
      // new-api's image-proxy answers (spec §1.3) on /mj/image/:id; a plain 404 for served files.
      if (result.reason === 'task')
        return { status: 400, body: { type: 'json', value: { error: 'midjourney_task_not_found' } } };
      if (result.reason === 'not-ready')
        return { status: 404, body: { type: 'json', value: { error: 'image_not_ready' } } };
      return { status: 404, body: { type: 'json', value: { error: 'file_not_found' } } };
    case 'empty':
      return { status: 200, body: { type: 'empty' } };
    case 'upstreamRouteMissing':
      // Not produced for this profile (it sets no upstreamServes rule): an unknown route.
      return { status: 404, body: { type: 'empty' } };
  }
}
