import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';
import { ImageDrop } from './image-drop';
import { TextField } from './form-fields';

/** /mj/submit/describe: one image (or a link) → four prompts. */
export function DescribeForm({ submit, busy }: FormProps) {
  const [image, setImage] = useState<string[]>([]);
  const [link, setLink] = useState('');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const body = image[0] ? { base64: image[0] } : { link: link.trim() };
    if (await submit('describe', body)) setImage([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <ImageDrop label="Image to describe" max={1} value={image} onChange={setImage} />
      <div className="row end">
        <TextField
          label="or image link"
          value={link}
          onChange={setLink}
          placeholder="https://…/image.png"
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy || (!image[0] && !link.trim())}>
          Describe
        </button>
      </div>
    </form>
  );
}
