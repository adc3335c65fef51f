import type { Button } from '@mjkit/contract';
import { Panel } from '../layout/panel';
import type { ShownNotice } from './use-notices';
import { TaskCard } from './task-card';
import type { TaskBoardState, TaskEntry } from './task-store';

/** Notices above the board: queue full, banned prompt, refusals, uploads. */
export function NoticeList(props: { notices: ShownNotice[]; onDismiss(id: number): void }) {
  if (props.notices.length === 0) return null;
  return (
    <ul className="notices" aria-label="Notices">
      {props.notices.map((n) => (
        <li key={n.id} className={`notice notice-${n.tone}`} role={n.tone === 'info' ? 'status' : 'alert'}>
          <div>
            <strong>{n.title}</strong>
            <p>{n.detail}</p>
          </div>
          <button type="button" className="icon" aria-label="Dismiss" onClick={() => props.onDismiss(n.id)}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Every task, newest first, live. */
export function TaskBoard(props: {
  board: TaskBoardState;
  onPress(entry: TaskEntry, button: Button): Promise<void>;
  onRemove(id: string): void;
  onClear(): void;
}) {
  const { order, entries } = props.board;
  return (
    <Panel
      title="Tasks"
      className="board"
      actions={
        order.length > 0 && (
          <button type="button" className="ghost" onClick={props.onClear}>
            Clear board
          </button>
        )
      }
    >
      {order.length === 0 ? (
        <p className="empty">No tasks yet. Write a prompt and press Imagine.</p>
      ) : (
        <div className="task-list">
          {order.map((id) => {
            const entry = entries[id];
            return (
              entry && <TaskCard key={id} entry={entry} onPress={props.onPress} onRemove={props.onRemove} />
            );
          })}
        </div>
      )}
    </Panel>
  );
}
