import type { StoredOutcome } from '@mjkit/contract';
import type { SubmitInput } from '../engine/task-record';
import type { GatewayContext } from './context';
import { checkQuota, forcedOutcome } from './guards';
import { envelope, type EnvelopeReply, type ErrorReply, submitReply } from './replies';

/** What every task-creating route shares after its own checks: quota, forced outcomes, engine submit. */
export interface SubmitRequest {
  input: Omit<SubmitInput, 'mode' | 'baseUrl' | 'failReason' | 'slowFactor'>;
  /** The prompt forced-outcome rules match on. */
  prompt?: string | undefined;
  /** Word to report when the `banned` outcome is forced. */
  bannedWord?: (() => string) | undefined;
}

const bannedReply = (promptEn: string, bannedWord: string): EnvelopeReply =>
  envelope(24, '可能包含敏感词', null, { promptEn, bannedWord });

/** Runs a submit through quota, forced outcomes and the engine, and renders the envelope. */
export function submitTask(ctx: GatewayContext, req: SubmitRequest): EnvelopeReply | ErrorReply {
  // trueai's limits on echoed fields (spec §1.2 "Further details"), answered as code-4 envelopes.
  if ((req.input.state ?? '').length > 255) return envelope(4, 'State参数过长，最大255字符');
  if ((req.input.notifyHook ?? '').length > 2000) return envelope(4, 'NotifyHook参数过长，最大2000字符');
  const quota = checkQuota(ctx);
  if (!quota.ok) return quota.reply;
  const forced: StoredOutcome | undefined = forcedOutcome(ctx, req.prompt, [
    'queue-full',
    'banned',
    'fail',
    'slow',
  ]);
  if (forced?.outcome === 'queue-full')
    return envelope(23, '队列已满，请稍后尝试', null, {
      discordInstanceId: ctx.engine.instance.discordInstanceId,
    });
  if (forced?.outcome === 'banned') {
    const word = req.bannedWord?.() ?? (req.prompt ?? '').split(/\s+/).find(Boolean) ?? '';
    return bannedReply(req.input.promptEn ?? req.input.prompt, word);
  }
  const outcome = ctx.engine.submit({
    ...req.input,
    mode: ctx.mode,
    baseUrl: ctx.baseUrl,
    failReason: forced?.outcome === 'fail' ? (forced.reason ?? 'Invalid Form Body') : undefined,
    slowFactor: forced?.outcome === 'slow' ? (forced.factor ?? 5) : undefined,
  });
  if (outcome.kind !== 'rejected') quota.value();
  return submitReply(outcome, ctx.engine.instance);
}

/** Code 24 for a prompt with a banned word (NZ imagine only, spec §2). */
export { bannedReply };
