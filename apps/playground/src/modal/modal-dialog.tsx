import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { PendingModal } from '../tasks/use-task-board';
import { MaskPainter } from './mask-painter';
import { withZoom, zoomOf } from './zoom-prompt';

/**
 * The code-21 dialog: the new task waits in MODAL until /mj/submit/modal. Edit the prompt; Vary
 * (Region) adds a mask painter (`maskBase64`), Custom Zoom a zoom field (`--zoom` in the prompt).
 */
export function ModalDialog(props: {
  modal: PendingModal;
  onSubmit(body: { prompt: string; maskBase64?: string }): Promise<void>;
  onCancel(): void;
}) {
  const { modal } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [prompt, setPrompt] = useState(modal.prompt);
  const [zoom, setZoom] = useState(String(zoomOf(modal.prompt) ?? 1.5));
  const [mask, setMask] = useState<string>();
  const [busy, setBusy] = useState(false);
  const inpaint = modal.kind === 'inpaint';
  const customZoom = modal.kind === 'custom_zoom';

  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal?.();
    return () => d?.close?.();
  }, []);

  const send = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      const finalPrompt = customZoom ? withZoom(prompt, Number(zoom)) : prompt;
      await props.onSubmit({ prompt: finalPrompt, ...(inpaint && mask ? { maskBase64: mask } : {}) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} className="modal" aria-labelledby="modal-title" onCancel={props.onCancel}>
      <form className="stack" onSubmit={send}>
        <h2 id="modal-title">{modal.label}: confirm (code 21)</h2>
        <p className="hint">
          Task <code>{modal.taskId}</code> waits in MODAL until you submit.
        </p>
        {inpaint && <MaskPainter imageUrl={modal.imageUrl} onChange={setMask} />}
        <label>
          Edit prompt
          <textarea rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
        </label>
        {customZoom && (
          <label>
            Zoom (1–2)
            <input type="number" min="1" max="2" step="0.1" value={zoom} onChange={(e) => setZoom(e.target.value)} />
          </label>
        )}
        {inpaint && !mask && <p className="hint">Paint the area to change.</p>}
        <div className="row end">
          <button type="button" className="ghost" onClick={props.onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy || (inpaint && !mask)}>
            Submit
          </button>
        </div>
      </form>
    </dialog>
  );
}
