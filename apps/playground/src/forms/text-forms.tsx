import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';
import { SelectField, TextAreaField, TextField } from './form-fields';

/** /mj/submit/shorten: a long prompt → five shorter ones. */
export function ShortenForm({ submit, busy }: FormProps) {
  const [prompt, setPrompt] = useState('');
  const send = (e: FormEvent) => {
    e.preventDefault();
    void submit('shorten', { prompt });
  };
  return (
    <form className="stack" onSubmit={send}>
      <TextAreaField label="Prompt to shorten" rows={2} value={prompt} onChange={setPrompt} />
      <div className="row end">
        <button type="submit" className="primary" disabled={busy}>
          Shorten
        </button>
      </div>
    </form>
  );
}

const CHANGE_ACTIONS = ['UPSCALE', 'VARIATION', 'REROLL'];

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
        <TextField
          label="Task id"
          value={taskId}
          onChange={setTaskId}
          placeholder="1712204995849323"
          className="grow"
        />
        <SelectField label="Action" value={action} options={CHANGE_ACTIONS} onChange={setAction} />
        <SelectField
          label="Index"
          value={index}
          options={[1, 2, 3, 4]}
          disabled={action === 'REROLL'}
          onChange={setIndex}
          className="narrow"
        />
        <button type="submit" className="primary" disabled={busy}>
          Change
        </button>
      </form>
      <form className="row end" onSubmit={simple}>
        <TextField
          label="Simple change"
          value={content}
          onChange={setContent}
          placeholder="1712204995849323 U2"
          className="grow"
        />
        <button type="submit" disabled={busy}>
          Simple change
        </button>
      </form>
    </div>
  );
}
