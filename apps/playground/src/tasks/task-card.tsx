import { useState } from 'react';
import type { Button } from '@mjkit/contract';
import { statusLabel } from './status-label';
import { TaskImage, TaskVideo } from './task-image';
import type { TaskEntry } from './task-store';

/** Progress as a number 0–100 from the gateway's `NN%` string. */
export function progressValue(progress: string | null | undefined): number {
  const n = Number.parseFloat(progress ?? '');
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0;
}

/** A button's emoji when it is a pictograph (some upstreams put Discord emoji names such as `upscale_1` there). */
const pictograph = (emoji: string | undefined) =>
  emoji && /\p{Extended_Pictographic}/u.test(emoji) ? emoji : '';

const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : undefined);

/** One task: status, progress bar, image, texts, and its buttons (named by label, else emoji). */
export function TaskCard(props: {
  entry: TaskEntry;
  onPress(entry: TaskEntry, button: Button): Promise<void>;
  onRemove(id: string): void;
}) {
  // One press at a time per card: a double click must not start two actions.
  const [pressing, setPressing] = useState(false);
  const press = async (button: Button) => {
    setPressing(true);
    try {
      await props.onPress(props.entry, button);
    } finally {
      setPressing(false);
    }
  };
  const { entry } = props;
  const task = entry.task;
  const status = task?.status || 'PENDING';
  const final = status === 'SUCCESS';
  const buttons = (task?.buttons ?? []) as Button[];
  const grid = buttons.some((b) => b.label === 'U1');
  const videoUrl = text(task?.videoUrl);
  const description = text(task?.description);
  const prompt = text(task?.prompt) ?? text(task?.promptEn);
  // Describe and shorten answer text, not an image: the prompts / analysis are in finalPrompt.
  const answer =
    task?.action === 'DESCRIBE' || task?.action === 'SHORTEN'
      ? text(task?.properties?.finalPrompt)
      : undefined;
  return (
    <article className="task" aria-label={`Task ${entry.id}`} data-status={status} data-testid="task">
      <header className="task-head">
        <span className={`badge badge-${status.toLowerCase()}`} data-testid="task-status">
          {statusLabel({ status, progress: task?.progress })}
        </span>
        <span className="task-action">{task?.action ?? entry.origin}</span>
        <code className="task-id">{entry.id}</code>
        <button
          type="button"
          className="icon"
          aria-label={`Remove task ${entry.id}`}
          onClick={() => props.onRemove(entry.id)}
        >
          ×
        </button>
      </header>
      {status !== 'SUCCESS' && status !== 'FAILURE' && (
        <div
          className="progress"
          role="progressbar"
          aria-label={`Progress of ${entry.id}`}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progressValue(task?.progress)}
        >
          <div style={{ width: `${progressValue(task?.progress)}%` }} />
        </div>
      )}
      {entry.queuePosition !== undefined && (
        <p className="queue" data-testid="queue-position">
          In queue: position {entry.queuePosition}
        </p>
      )}
      {videoUrl && final ? (
        <TaskVideo url={videoUrl} />
      ) : (
        task?.imageUrl && (
          <TaskImage
            url={task.imageUrl}
            grid={grid && final}
            final={final}
            alt={final ? `Result of ${entry.id}` : `Preview of ${entry.id}`}
          />
        )
      )}
      {prompt && prompt !== answer && <p className="task-prompt">{prompt}</p>}
      {description && description !== prompt && <p className="task-desc">{description}</p>}
      {answer && final && (
        <pre className="task-answer" data-testid="task-answer">
          {answer}
        </pre>
      )}
      {task?.failReason && (
        <p className="task-fail" role="alert">
          {task.failReason}
        </p>
      )}
      {entry.fetchError && <p className="task-fail">Fetch failed: {entry.fetchError}</p>}
      {final && buttons.length > 0 && (
        <div className="task-buttons">
          {buttons.map((b) => (
            <button
              key={b.customId}
              type="button"
              aria-label={b.label || b.emoji}
              title={b.customId}
              disabled={pressing}
              onClick={() => void press(b)}
            >
              {b.label ? `${pictograph(b.emoji)} ${b.label}`.trim() : b.emoji}
            </button>
          ))}
        </div>
      )}
    </article>
  );
}
