import { useState, useSyncExternalStore } from 'react';
import type { CallJournal, CallRecord } from '../transport/call-journal';
import { toCurl } from '../transport/to-curl';

const pretty = (body: string | undefined) => {
  if (body === undefined) return '';
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
};

const headerLines = (h: Record<string, string>) =>
  Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join('\n');

function CallDetail({ call }: { call: CallRecord }) {
  const curl = toCurl(call);
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(curl);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  };
  return (
    <div className="stack call-detail" data-testid="call-detail">
      <div className="row">
        <strong className="grow">
          {call.method} {call.url}
        </strong>
        <button type="button" onClick={copy}>
          {copied ? 'Copied' : 'Copy as curl'}
        </button>
      </div>
      <pre className="curl" data-testid="curl">
        {curl}
      </pre>
      <h3>Request</h3>
      <pre>{`${headerLines(call.requestHeaders)}\n\n${pretty(call.requestBody)}`.trim()}</pre>
      <h3>Response {call.status ?? call.error ?? 'pending'}</h3>
      <pre>{`${headerLines(call.responseHeaders)}\n\n${pretty(call.responseBody)}`.trim()}</pre>
      {(call.requestTruncated || call.responseTruncated) && (
        <p className="hint">Bodies over 256 KiB are cut.</p>
      )}
    </div>
  );
}

/** Every call the page made, exactly as sent and received, each copyable as curl. */
export function RawView(props: { journal: CallJournal }) {
  const calls = useSyncExternalStore(props.journal.subscribe, props.journal.list);
  const [showGets, setShowGets] = useState(false);
  const [selected, setSelected] = useState<number>();
  const shown = calls
    .filter((c) => showGets || c.method !== 'GET')
    .slice()
    .reverse();
  const current = calls.find((c) => c.id === selected) ?? shown[0];
  return (
    <div className="stack">
      <div className="row">
        <label className="check grow">
          <input type="checkbox" checked={showGets} onChange={(e) => setShowGets(e.target.checked)} />
          Show GETs (polling)
        </label>
        <button type="button" className="ghost" onClick={() => props.journal.clear()}>
          Clear
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="empty">No calls yet.</p>
      ) : (
        <ul className="calls" aria-label="Calls">
          {shown.map((c) => (
            <li key={c.id}>
              <button type="button" aria-pressed={c.id === current?.id} onClick={() => setSelected(c.id)}>
                <span className="method">{c.method}</span> <code>{new URL(c.url).pathname}</code>{' '}
                <span className={c.status && c.status < 300 ? 'ok' : 'bad'}>
                  {c.status ?? (c.error ? 'error' : '…')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {current && <CallDetail call={current} />}
    </div>
  );
}
