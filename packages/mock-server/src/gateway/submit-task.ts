import type { StoredOutcome } from '@mjkit/contract';
import type { SubmitInput } from '../engine/task-record';
import type { GatewayContext } from './context';
import { configOf } from './context';
import { checkQuota, forcedOutcome } from './guards';
import { type GatewayResult, upstreamError } from './result';
import { fromOutcome } from './submit-result';

/** What every task-creating route shares after its own checks: quota, forced outcomes, engine submit. */
export interface SubmitRequest {
  input: Omit<SubmitInput, 'mode' | 'failReason' | 'slowFactor' | 'owner'>;
  /** The prompt forced-outcome rules match on. */
  prompt?: string | undefined;
  /** The task is accepted but fails with this reason (TA's banned prompt, profiles.md §2). */
  failReason?: string | undefined;
  /** Word to report when the `banned` outcome is forced. */
  bannedWord?: (() => string) | undefined;
}

/** A banned-prompt rejection (code 24 in the doc profile, spec §2). */
export const banned = (promptEn: string, refs: readonly string[], bannedWord: string): GatewayResult => ({
  kind: 'rejected',
  reason: 'banned',
  promptEn,
  refs,
  bannedWord,
});

/**
 * The word a forced `banned` outcome reports (issue 14 point 10; it used to be the prompt's first word,
 * `"a"`): the rule's `match.promptContains` as it appears in the prompt, else its `reason`, else the
 * first configured banned word, the way the upstream names a word of its list (spec §2).
 */
export function forcedBannedWord(
  rule: StoredOutcome,
  prompt: string,
  bannedWords: readonly string[],
): string {
  const wanted = rule.match?.promptContains;
  if (wanted) {
    const at = prompt.toLowerCase().indexOf(wanted.toLowerCase());
    if (at >= 0) return prompt.slice(at, at + wanted.length);
  }
  if (rule.reason) return rule.reason;
  return bannedWords.find((w) => w.trim() !== '') ?? 'banned';
}

/** Runs a submit through the echoed-field limits, quota, forced outcomes and the engine. */
export function submitTask(ctx: GatewayContext, req: SubmitRequest): GatewayResult {
  // trueai's limits on echoed fields (spec §1.2 "Further details").
  if ((req.input.state ?? '').length > 255) return upstreamError('state_too_long');
  if ((req.input.notifyHook ?? '').length > 2000) return upstreamError('notify_hook_too_long');
  const quota = checkQuota(ctx);
  if (!quota.ok) return quota.result;
  const forced: StoredOutcome | undefined = forcedOutcome(ctx, req.prompt, [
    'queue-full',
    'banned',
    'fail',
    'slow',
  ]);
  if (forced?.outcome === 'queue-full') return { kind: 'rejected', reason: 'queue-full' };
  if (forced?.outcome === 'banned') {
    const word = req.bannedWord?.() ?? forcedBannedWord(forced, req.prompt ?? '', configOf(ctx).bannedWords);
    return banned(req.input.promptEn ?? req.input.prompt, req.input.refs ?? [], word);
  }
  const outcome = ctx.engine.submit({
    ...req.input,
    mode: ctx.mode,
    owner: ctx.owner,
    failReason: forced?.outcome === 'fail' ? (forced.reason ?? 'Invalid Form Body') : req.failReason,
    slowFactor: forced?.outcome === 'slow' ? (forced.factor ?? 5) : undefined,
  });
  if (outcome.kind !== 'rejected') quota.value();
  return fromOutcome(outcome);
}
