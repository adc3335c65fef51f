import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';
import { ImageDrop } from './image-drop';

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
        <label className="grow">
          or image link
          <input
            aria-label="or image link"
            value={link}
            onChange={(e) => setLink(e.target.value)}
            placeholder="https://…/image.png"
          />
        </label>
        <button type="submit" className="primary" disabled={busy || (!image[0] && !link.trim())}>
          Describe
        </button>
      </div>
    </form>
  );
}
