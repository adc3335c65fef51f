import type { SubmitOutcome } from '../engine/task-record';
import type { GatewayResult } from './result';

/**
 * The typed result of an engine submit (spec §2): started → `accepted`, waiting → `queued` with the
 * number of tasks ahead, waiting for a modal → `modal`, no room → `rejected` (queue full).
 */
export function fromOutcome(outcome: SubmitOutcome): GatewayResult {
  switch (outcome.kind) {
    case 'started':
      return { kind: 'accepted', record: outcome.record };
    case 'queued':
      return { kind: 'queued', record: outcome.record, ahead: outcome.ahead };
    case 'modal':
      return { kind: 'modal', record: outcome.record };
    case 'rejected':
      return { kind: 'rejected', reason: 'queue-full' };
  }
}
