import type { Outcome } from '@mjkit/contract';
import { useState } from 'react';
import { Panel } from '../layout/panel';
import type { ControlApi } from './control-api';
import type { MockState } from '@mjkit/contract';

/** Props of {@link ClockPanel}. */
export interface ClockPanelProps {
  control: ControlApi;
  state: MockState | undefined;
  /** Called after any change, so state and tasks are read again at once. */
  onChanged(): Promise<void> | void;
  onError(message: string): void;
}

/** Every forced outcome with what it does (a missing one fails to compile). */
const OUTCOME_LABELS: Record<Outcome, string> = {
  'queue-full': 'queue-full (code 23)',
  banned: 'banned (code 24)',
  modal: 'modal (code 21)',
  fail: 'fail (task ends in FAILURE)',
  slow: 'slow (5× longer)',
  'http-error': 'http-error (HTTP 500)',
};

const formatNow = (ms: number) => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/**
 * Clock and outcomes (control API): pause (manual clock) or real time, advance by N seconds, speed,
 * force the next outcome, reset.
 */
export function ClockPanel({ control, state, onChanged, onError }: ClockPanelProps) {
  const [seconds, setSeconds] = useState('5');
  const [speed, setSpeed] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('queue-full');
  const [count, setCount] = useState('1');
  const run = async (op: () => Promise<unknown>) => {
    try {
      await op();
      await onChanged();
    } catch (e) {
      onError((e as Error).message);
    }
  };
  const clock = state?.clock;
  const manual = clock?.mode === 'manual';
  return (
    <Panel title="Clock & outcomes">
      <p className="clock-line" data-testid="clock">
        <span className={`pill ${manual ? 'pill-warn' : 'pill-ok'}`}>
          {manual ? 'paused (manual)' : 'real time'}
        </span>{' '}
        {clock ? `${formatNow(clock.now)} · ×${clock.speed}` : '…'}
        {state && ` · ${state.running} running, ${state.queued} queued`}
      </p>
      <div className="row">
        {manual ? (
          <button type="button" onClick={() => run(() => control.setClock({ mode: 'real' }))}>
            Resume real time
          </button>
        ) : (
          <button type="button" onClick={() => run(() => control.setClock({ mode: 'manual' }))}>
            Pause clock
          </button>
        )}
        <button type="button" className="ghost" onClick={() => run(() => control.reset())}>
          Reset mock
        </button>
      </div>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => control.advance(Math.max(0, Number(seconds) || 0) * 1000));
        }}
      >
        <label className="grow">
          Advance by (s)
          <input
            aria-label="Advance by (s)"
            type="number"
            min="0"
            step="any"
            value={seconds}
            onChange={(e) => setSeconds(e.target.value)}
          />
        </label>
        <button type="submit">Advance</button>
      </form>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(speed);
          if (n > 0) void run(() => control.setClock({ speed: n }));
        }}
      >
        <label className="grow">
          Speed
          <input
            aria-label="Speed"
            type="number"
            min="0.1"
            step="any"
            value={speed}
            placeholder={String(clock?.speed ?? 1)}
            onChange={(e) => setSpeed(e.target.value)}
          />
        </label>
        <button type="submit">Set speed</button>
      </form>
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run(() => control.addOutcome({ outcome, count: Math.max(1, Math.floor(Number(count)) || 1) }));
        }}
      >
        <label className="grow">
          Outcome
          <select
            aria-label="Outcome"
            value={outcome}
            onChange={(e) => setOutcome(e.target.value as Outcome)}
          >
            {Object.entries(OUTCOME_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label className="narrow">
          Count
          <input
            aria-label="Count"
            type="number"
            min="1"
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </label>
        <button type="submit">Force next outcome</button>
      </form>
      {state && state.outcomes.length > 0 && (
        <div className="outcomes">
          <ul aria-label="Forced outcomes">
            {state.outcomes.map((o) => (
              <li key={o.id}>
                <code>{o.outcome}</code> × {o.remaining}
                {o.match?.route ? ` on ${o.match.route}` : ''}
              </li>
            ))}
          </ul>
          <button type="button" className="ghost" onClick={() => run(() => control.clearOutcomes())}>
            Clear outcomes
          </button>
        </div>
      )}
    </Panel>
  );
}
