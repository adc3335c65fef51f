import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';
import { ImageDrop } from './image-drop';
import { SelectField } from './form-fields';

/** /mj/submit/blend: 2–5 images and the output dimensions. */
export function BlendForm({ submit, busy }: FormProps) {
  const [images, setImages] = useState<string[]>([]);
  const [dimensions, setDimensions] = useState('SQUARE');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit('blend', { base64Array: images, dimensions })) setImages([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <ImageDrop label="Blend images" max={5} value={images} onChange={setImages} />
      <div className="row end">
        <SelectField
          label="Dimensions"
          value={dimensions}
          options={['PORTRAIT', 'SQUARE', 'LANDSCAPE']}
          onChange={setDimensions}
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy || images.length < 2}>
          Blend
        </button>
      </div>
      {images.length < 2 && <p className="hint">Choose 2 to 5 images.</p>}
    </form>
  );
}
