import { type FormEvent, useState } from 'react';
import { type FormProps, withState } from './form-types';
import { ImageDrop } from './image-drop';
import { TextAreaField, TextField } from './form-fields';

/** /mj/submit/imagine: prompt (with `--ar`, `--v`…), optional reference images, state. */
export function ImagineForm({ submit, busy }: FormProps) {
  const [prompt, setPrompt] = useState('');
  const [images, setImages] = useState<string[]>([]);
  const [state, setState] = useState('');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = withState({ prompt, ...(images.length ? { base64Array: images } : {}) }, state);
    if (await submit('imagine', body)) setImages([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <TextAreaField
        label="Prompt"
        rows={2}
        value={prompt}
        onChange={setPrompt}
        placeholder="a lighthouse at dusk --ar 16:9 --v 7"
      />
      <ImageDrop label="Reference images" max={5} value={images} onChange={setImages} />
      <div className="row end">
        <TextField
          label="State (optional)"
          value={state}
          onChange={setState}
          placeholder="order-42"
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy}>
          Imagine
        </button>
      </div>
    </form>
  );
}
