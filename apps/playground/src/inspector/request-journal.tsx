import type { RequestLogEntry } from '@mjkit/contract';
import { useCallback } from 'react';
import type { ControlApi } from '../control/control-api';
import { usePolled } from '../layout/use-polled';

/** Most rows shown. */
const SHOWN = 200;

/** The mock's request journal (`/__mock/requests`): what the server saw (its last 1000 requests), newest first. */
export function RequestJournal(props: { control: ControlApi }) {
  const load = useCallback(() => props.control.requests({ limit: 1000 }), [props.control]);
  const { value, error } = usePolled<RequestLogEntry[]>(load, 2000);
  // The control API's own polling is left out; newest first, at most SHOWN rows.
  const rows = (value ?? [])
    .filter((r) => !r.path.startsWith('/__mock/'))
    .slice(-SHOWN)
    .reverse();
  return (
    <div className="stack">
      {error && <p className="status status-error">{error}</p>}
      {rows.length === 0 ? (
        <p className="empty">No gateway requests yet.</p>
      ) : (
        <table className="table" aria-label="Request journal">
          <thead>
            <tr>
              <th>method</th>
              <th>path</th>
              <th>status</th>
              <th>ms</th>
              <th>body</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: an append-only journal: position is identity
              <tr key={`${r.at}-${i}`}>
                <td>{r.method}</td>
                <td>
                  <code>{r.path}</code>
                </td>
                <td className={r.status < 300 ? 'ok' : 'bad'}>{r.status}</td>
                <td>{Math.round(r.ms)}</td>
                <td className="clip">{r.body}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
