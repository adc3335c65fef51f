import type { NotificationLogEntry } from '@mjkit/contract';
import { useCallback, useState } from 'react';
import type { ControlApi } from '../control/control-api';
import { usePolled } from '../layout/use-polled';

/** Most deliveries shown (the newest); the mock's journal is bounded too. */
const SHOWN = 200;

/**
 * The notifications the mock delivered (its `/__mock/notifications` journal), in delivery order, each
 * with its payload; filter by task id.
 */
export function WebhookInspector(props: { control: ControlApi; hook: string | undefined }) {
  const [taskId, setTaskId] = useState('');
  const load = useCallback(() => props.control.notifications(), [props.control]);
  const { value, error } = usePolled<NotificationLogEntry[]>(load, 1000);
  const all = value ?? [];
  const shown = all.filter((n) => !taskId.trim() || n.taskId === taskId.trim()).slice(-SHOWN);
  return (
    <div className="stack">
      <p className="hint">
        {props.hook ? (
          <>
            Submits carry <code>notifyHook: {props.hook}</code>.
          </>
        ) : (
          'Set a webhook URL in Connection to have tasks notify it.'
        )}
      </p>
      <label>
        Filter by task id
        <input
          aria-label="Filter by task id"
          value={taskId}
          onChange={(e) => setTaskId(e.target.value)}
          placeholder="all tasks"
        />
      </label>
      {error && <p className="status status-error">{error}</p>}
      {shown.length === 0 ? (
        <p className="empty">No deliveries yet.</p>
      ) : (
        <ol className="journal" aria-label="Notifications">
          {shown.map((n, i) => (
            <li
              // biome-ignore lint/suspicious/noArrayIndexKey: an append-only journal: position is identity
              key={`${n.at}-${n.taskId}-${i}`}
              data-testid="notification"
              data-task={n.taskId}
              data-status={n.payload.status}
            >
              <details>
                <summary>
                  <span className={`badge badge-${String(n.payload.status).toLowerCase()}`}>
                    {n.payload.status}
                  </span>{' '}
                  <span>{n.payload.progress}</span> <code>{n.taskId}</code>{' '}
                  <span className={n.status && n.status < 300 ? 'ok' : 'bad'}>
                    → {n.status ?? n.error ?? 'pending'}
                    {n.attempt > 1 ? ` (attempt ${n.attempt})` : ''}
                  </span>
                </summary>
                <p className="hint">
                  POST {n.url} · {Math.round(n.ms)} ms
                </p>
                <pre>{JSON.stringify(n.payload, null, 2)}</pre>
              </details>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
