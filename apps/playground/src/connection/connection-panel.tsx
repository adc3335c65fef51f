import { SPEED_MODES } from '@mjkit/contract/core';
import { type FormEvent, useState } from 'react';
import { Panel } from '../layout/panel';
import type { Settings } from './settings';
import type { Session } from './use-session';

/** What the control API said, in a line. */
function StatusLine({ session, settings }: { session: Session; settings: Settings }) {
  if (session.error)
    return (
      <p className="status status-error" role="alert">
        {session.error}
      </p>
    );
  switch (session.controlStatus) {
    case 'checking':
      return <p className="status">Connecting…</p>;
    case 'denied':
      return (
        <p className="status status-warn" role="status" data-testid="control-status">
          The control API refused the key. Enter the API key (or control key) of this mock.
        </p>
      );
    case 'absent':
      return (
        <p className="status status-muted" role="status" data-testid="control-status">
          No control API here: this looks like a real gateway (or a mock with <code>--no-control</code>).
          Submits, tasks and the raw view work; clock, outcomes and journals are off.
        </p>
      );
    case 'present': {
      const s = session.mockState;
      return (
        <p className="status status-ok" role="status" data-testid="control-status">
          {settings.transport === 'in-page' ? 'Mock in this page' : 'mjkit mock'} · profile{' '}
          <strong data-testid="profile">{s?.config.profile ?? '?'}</strong> · clock {s?.clock.mode ?? '?'}
        </p>
      );
    }
  }
}

/**
 * Connection settings: where calls go (a server or the mock in this page), the key and how it is
 * sent, the speed mode, the notifyHook; "Connect" applies and remembers them.
 */
export function ConnectionPanel(props: { settings: Settings; session: Session; onApply(s: Settings): void }) {
  const [draft, setDraft] = useState(props.settings);
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) =>
    setDraft((d) => ({ ...d, [key]: value }));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    props.onApply(draft);
  };
  return (
    <Panel title="Connection">
      <form className="stack" onSubmit={apply}>
        <fieldset className="segmented">
          <legend>Transport</legend>
          <label>
            <input
              type="radio"
              name="transport"
              checked={draft.transport === 'server'}
              onChange={() => set('transport', 'server')}
            />
            Server
          </label>
          <label>
            <input
              type="radio"
              name="transport"
              checked={draft.transport === 'in-page'}
              onChange={() => set('transport', 'in-page')}
            />
            No server (mock in page)
          </label>
        </fieldset>
        <label>
          Base URL
          <input
            aria-label="Base URL"
            value={draft.baseUrl}
            disabled={draft.transport === 'in-page'}
            onChange={(e) => set('baseUrl', e.target.value)}
            placeholder="http://127.0.0.1:8080 or /gateway"
          />
        </label>
        <label>
          API key
          <input
            aria-label="API key"
            type="password"
            autoComplete="off"
            value={draft.apiKey}
            onChange={(e) => set('apiKey', e.target.value)}
            placeholder="none (open mock)"
          />
        </label>
        <div className="row">
          <label>
            Send key as
            <select
              aria-label="Send key as"
              value={draft.authHeader}
              onChange={(e) => set('authHeader', e.target.value as Settings['authHeader'])}
            >
              <option value="authorization">Authorization: Bearer</option>
              <option value="mj-api-secret">mj-api-secret</option>
            </select>
          </label>
          <label>
            Speed mode
            <select
              aria-label="Speed mode"
              value={draft.mode}
              onChange={(e) => set('mode', e.target.value as Settings['mode'])}
            >
              <option value="">default</option>
              {SPEED_MODES.map((m) => (
                <option key={m} value={m}>
                  {m}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={draft.rememberKey}
            onChange={(e) => set('rememberKey', e.target.checked)}
          />
          Remember key (stored in this browser)
        </label>
        <label>
          Webhook URL (notifyHook)
          <input
            aria-label="Webhook URL (notifyHook)"
            value={draft.notifyHook}
            onChange={(e) => set('notifyHook', e.target.value)}
            placeholder={draft.transport === 'in-page' ? 'built-in sink' : 'none'}
          />
        </label>
        <button type="submit" className="primary">
          Connect
        </button>
      </form>
      <StatusLine session={props.session} settings={props.settings} />
    </Panel>
  );
}
