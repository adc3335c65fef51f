import { type PointerEvent, useEffect, useRef, useState } from 'react';
import { bareBase64 } from '../forms/read-image-files';
import { useMediaUrl } from '../tasks/use-media-url';

/** Largest mask edge in pixels; bigger images are painted at this scale. */
const MAX_EDGE = 1024;

/**
 * Paints the region Vary (Region) may change over the task's image. `onChange` gets the mask as bare
 * base64 PNG (white = change, black = keep), as real web clients send `maskBase64`; `undefined` while
 * nothing is painted.
 */
export function MaskPainter(props: {
  imageUrl: string | undefined;
  onChange(mask: string | undefined): void;
}) {
  const imageUrl = useMediaUrl(props.imageUrl);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [size, setSize] = useState({ w: 512, h: 512 });
  const [brush, setBrush] = useState(48);
  const drawing = useRef(false);
  const painted = useRef(false);

  useEffect(() => {
    if (!imageUrl) return;
    const img = new Image();
    img.onload = () => {
      const scale = Math.min(1, MAX_EDGE / Math.max(img.naturalWidth, img.naturalHeight));
      setSize({
        w: Math.round(img.naturalWidth * scale) || 512,
        h: Math.round(img.naturalHeight * scale) || 512,
      });
    };
    img.src = imageUrl;
  }, [imageUrl]);

  const at = (e: PointerEvent<HTMLCanvasElement>) => {
    const rect = e.currentTarget.getBoundingClientRect();
    return {
      x: ((e.clientX - rect.left) / rect.width) * size.w,
      y: ((e.clientY - rect.top) / rect.height) * size.h,
    };
  };
  const paint = (e: PointerEvent<HTMLCanvasElement>) => {
    const ctx = canvas.current?.getContext('2d');
    if (!ctx) return;
    const { x, y } = at(e);
    ctx.fillStyle = 'rgba(255,255,255,1)';
    ctx.beginPath();
    ctx.arc(x, y, (brush / 2) * (size.w / 512), 0, Math.PI * 2);
    ctx.fill();
    painted.current = true;
  };
  const finish = () => {
    drawing.current = false;
    const strokes = canvas.current;
    if (!strokes || !painted.current) return props.onChange(undefined);
    const mask = document.createElement('canvas');
    mask.width = size.w;
    mask.height = size.h;
    const ctx = mask.getContext('2d');
    if (!ctx) return;
    ctx.fillStyle = '#000';
    ctx.fillRect(0, 0, size.w, size.h);
    ctx.drawImage(strokes, 0, 0);
    props.onChange(bareBase64(mask.toDataURL('image/png')));
  };
  const clear = () => {
    canvas.current?.getContext('2d')?.clearRect(0, 0, size.w, size.h);
    painted.current = false;
    props.onChange(undefined);
  };

  return (
    <div className="mask-painter">
      <div className="mask-stage" style={{ aspectRatio: `${size.w} / ${size.h}` }}>
        {imageUrl && <img src={imageUrl} alt="" />}
        <canvas
          ref={canvas}
          width={size.w}
          height={size.h}
          aria-label="Mask painter"
          onPointerDown={(e) => {
            drawing.current = true;
            e.currentTarget.setPointerCapture?.(e.pointerId);
            paint(e);
          }}
          onPointerMove={(e) => drawing.current && paint(e)}
          onPointerUp={finish}
          onPointerLeave={() => drawing.current && finish()}
        />
      </div>
      <div className="row">
        <label className="grow">
          Brush size
          <input
            aria-label="Brush size"
            type="range"
            min="8"
            max="160"
            value={brush}
            onChange={(e) => setBrush(Number(e.target.value))}
          />
        </label>
        <button type="button" className="ghost" onClick={clear}>
          Clear mask
        </button>
      </div>
    </div>
  );
}
