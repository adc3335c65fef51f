import { type FormEvent, useState } from 'react';
import type { FormProps } from './form-types';
import { ImageDrop } from './image-drop';
import { SelectField, TextField } from './form-fields';

/** /mj/submit/video: prompt, start frame, motion. */
export function VideoForm({ submit, busy }: FormProps) {
  const [prompt, setPrompt] = useState('');
  const [frame, setFrame] = useState<string[]>([]);
  const [motion, setMotion] = useState('low');
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit('video', { prompt, motion, ...(frame[0] ? { image: frame[0] } : {}) })) setFrame([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <TextField
        label="Video prompt"
        value={prompt}
        onChange={setPrompt}
        placeholder="a car driving at night"
      />
      <ImageDrop label="Start frame" max={1} value={frame} onChange={setFrame} />
      <div className="row end">
        <SelectField
          label="Motion"
          value={motion}
          options={['low', 'high']}
          onChange={setMotion}
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy}>
          Make video
        </button>
      </div>
    </form>
  );
}

/** /mj/submit/edits: an image and an instruction. */
export function EditsForm({ submit, busy }: FormProps) {
  const [prompt, setPrompt] = useState('');
  const [image, setImage] = useState<string[]>([]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit('edits', { prompt, image: image[0] ?? '' })) setImage([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <ImageDrop label="Image to edit" max={1} value={image} onChange={setImage} />
      <div className="row end">
        <TextField
          label="Edit instruction"
          value={prompt}
          onChange={setPrompt}
          placeholder="make the sky purple"
          className="grow"
        />
        <button type="submit" className="primary" disabled={busy || !image[0]}>
          Edit
        </button>
      </div>
    </form>
  );
}

/** /mj/insight-face/swap: a face and a target image. */
export function SwapForm({ submit, busy }: FormProps) {
  const [source, setSource] = useState<string[]>([]);
  const [target, setTarget] = useState<string[]>([]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    if (await submit('swapFace', { sourceBase64: source[0] ?? '', targetBase64: target[0] ?? '' })) {
      setSource([]);
      setTarget([]);
    }
  };
  return (
    <form className="stack" onSubmit={send}>
      <div className="row">
        <ImageDrop label="Face" max={1} value={source} onChange={setSource} />
        <ImageDrop label="Target image" max={1} value={target} onChange={setTarget} />
      </div>
      <div className="row end">
        <button type="submit" className="primary" disabled={busy || !source[0] || !target[0]}>
          Swap face
        </button>
      </div>
    </form>
  );
}

/** /mj/submit/upload-discord-images: stores images, answers their URLs (no task). */
export function UploadForm(props: { upload(images: string[]): Promise<void>; busy: boolean }) {
  const [images, setImages] = useState<string[]>([]);
  const send = async (e: FormEvent) => {
    e.preventDefault();
    await props.upload(images);
    setImages([]);
  };
  return (
    <form className="stack" onSubmit={send}>
      <ImageDrop label="Images to upload" max={5} value={images} onChange={setImages} />
      <div className="row end">
        <button type="submit" className="primary" disabled={props.busy || images.length === 0}>
          Upload
        </button>
      </div>
    </form>
  );
}
