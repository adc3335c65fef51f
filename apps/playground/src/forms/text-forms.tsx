import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';

/** /mj/submit/shorten: a long prompt → five shorter ones. */
export function ShortenForm({ submit, busy }: FormProps) {
  const [prompt, setPrompt] = useState('');
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit('shorten', { prompt });
  };
  return (
    <form className="stack" onSubmit={send}>
      <label>
        Prompt to shorten
        <textarea
          aria-label="Prompt to shorten"
          rows={2}
          value={prompt}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </label>
      <div className="row end">
        <button type="submit" className="primary" disabled={busy}>
          Shorten
        </button>
      </div>
    </form>
  );
}

/** /mj/submit/change (task id + UPSCALE/VARIATION/REROLL + index) and /mj/submit/simple-change. */
export function ChangeForm({ submit, busy }: FormProps) {
  const [taskId, setTaskId] = useState('');
  const [action, setAction] = useState('UPSCALE');
  const [index, setIndex] = useState('1');
  const [content, setContent] = useState('');
  const change = (e: FormEvent) => {
    e.preventDefault();
    void submit('change', {
      taskId: taskId.trim(),
      action,
      ...(action === 'REROLL' ? {} : { index: Number(index) }),
    });
  };
  const simple = (e: FormEvent) => {
    e.preventDefault();
    void submit('simpleChange', { content: content.trim() });
  };
  return (
    <div className="stack">
      <form className="row end" onSubmit={change}>
        <label className="grow">
          Task id
          <input
            aria-label="Task id"
            value={taskId}
            onChange={(e) => setTaskId(e.target.value)}
            placeholder="1712204995849323"
          />
        </label>
        <label>
          Action
          <select aria-label="Action" value={action} onChange={(e) => setAction(e.target.value)}>
            <option>UPSCALE</option>
            <option>VARIATION</option>
            <option>REROLL</option>
          </select>
        </label>
        <label className="narrow">
          Index
          <select
            aria-label="Index"
            value={index}
            disabled={action === 'REROLL'}
            onChange={(e) => setIndex(e.target.value)}
          >
            {[1, 2, 3, 4].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={busy}>
          Change
        </button>
      </form>
      <form className="row end" onSubmit={simple}>
        <label className="grow">
          Simple change
          <input
            aria-label="Simple change"
            value={content}
            onChange={(e) => setContent(e.target.value)}
            placeholder="1712204995849323 U2"
          />
        </label>
        <button type="submit" disabled={busy}>
          Simple change
        </button>
      </form>
    </div>
  );
}
