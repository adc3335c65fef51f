import type { Outcome, OutcomeRule, StoredOutcome } from '@mjkit/contract';

/** What a request is, for matching forced outcomes. */
export interface OutcomeSubject {
  /** Route name (`imagine`, `action`, …). */
  route: string;
  /** Request path (`/mj/submit/imagine`). */
  path: string;
  /** The prompt, when the route has one. */
  prompt?: string | undefined;
}

/** The forced-outcome store: rules with a count, consumed by matching requests in order. */
export interface OutcomeStore {
  add(rule: OutcomeRule): StoredOutcome;
  list(): StoredOutcome[];
  clear(): StoredOutcome[];
  /**
   * Takes the first rule matching `subject` whose outcome is in `accepted` (default: any), using up
   * one of its count. Returns `undefined` when none matches.
   */
  take(subject: OutcomeSubject, accepted?: readonly Outcome[]): StoredOutcome | undefined;
  /** True when no rule is stored (lets the hot path skip matching). */
  readonly empty: boolean;
  /** Rules and counter, for snapshots. */
  snapshot(): { rules: StoredOutcome[]; counter: number };
  restore(state: { rules: StoredOutcome[]; counter: number }): void;
}

function matches(rule: OutcomeRule, s: OutcomeSubject): boolean {
  const m = rule.match;
  if (!m) return true;
  if (m.route !== undefined && m.route !== s.route && m.route !== s.path) return false;
  if (
    m.promptContains !== undefined &&
    !(s.prompt ?? '').toLowerCase().includes(m.promptContains.toLowerCase())
  ) {
    return false;
  }
  return true;
}

/** Creates an empty store; `nextId` names rules (`o1`, `o2`…). */
export function createOutcomeStore(): OutcomeStore {
  let rules: StoredOutcome[] = [];
  let counter = 0;
  return {
    add(rule) {
      const stored: StoredOutcome = { ...rule, id: `o${++counter}`, remaining: rule.count ?? 1 };
      rules.push(stored);
      return { ...stored };
    },
    list: () => rules.map((r) => ({ ...r })),
    clear() {
      const removed = rules;
      rules = [];
      return removed;
    },
    take(subject, accepted) {
      const rule = rules.find((r) => (!accepted || accepted.includes(r.outcome)) && matches(r, subject));
      if (!rule) return undefined;
      rule.remaining -= 1;
      if (rule.remaining <= 0) rules = rules.filter((r) => r !== rule);
      return { ...rule };
    },
    get empty() {
      return rules.length === 0;
    },
    snapshot: () => ({ rules: rules.map((r) => ({ ...r })), counter }),
    restore(state) {
      rules = state.rules.map((r) => ({ ...r }));
      counter = state.counter;
    },
  };
}
