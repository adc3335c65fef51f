import { type DragEvent, useId, useState } from 'react';
import { readImageFiles } from './read-image-files';

/** Props of {@link ImageDrop}. */
export interface ImageDropProps {
  /** Accessible name of the file picker, e.g. "Blend images". */
  label: string;
  /** Most images kept (1 for single-image fields). */
  max: number;
  value: string[];
  onChange(value: string[]): void;
}

/**
 * A drop zone and file picker that turns images into data URLs (the base64 fields of the submit
 * bodies), with thumbnails and remove buttons. Files that are not images are named, not sent.
 */
export function ImageDrop({ label, max, value, onChange }: ImageDropProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [refused, setRefused] = useState<string[]>([]);
  const add = async (files: Iterable<File>) => {
    const read = await readImageFiles(files);
    setRefused(read.refused);
    onChange(max === 1 ? read.dataUrls.slice(-1) : [...value, ...read.dataUrls].slice(0, max));
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void add(Array.from(e.dataTransfer.files));
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping is a pointer shortcut; the labelled file input is the accessible path
    <div
      className={`drop ${over ? 'drop-over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
    >
      <label htmlFor={id} className="drop-label">
        <span>{label}</span>
        <small>
          Drop {max === 1 ? 'an image' : `up to ${max} images`} here or <u>choose</u>
        </small>
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept="image/*"
        multiple={max > 1}
        aria-label={label}
        onChange={(e) => {
          void add(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
      {value.length > 0 && (
        <ul className="thumbs" aria-label={`${label} chosen`}>
          {value.map((url, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same image may be chosen twice; position is its identity
            <li key={`${i}-${url.length}`}>
              <img src={url} alt={`${label} ${i + 1}`} />
              <button
                type="button"
                aria-label={`Remove ${label} ${i + 1}`}
                onClick={() => onChange(value.filter((_, k) => k !== i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      {refused.length > 0 && (
        <p className="hint status-warn">Not an image (or over 10 MB): {refused.join(', ')}</p>
      )}
    </div>
  );
}
