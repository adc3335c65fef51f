import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Notice } from '../tasks/submit-outcome';
import type { PendingModal } from '../tasks/use-task-board';
import { MaskPainter } from './mask-painter';
import { withZoom, zoomOf } from './zoom-prompt';

/**
 * The code-21 dialog: the new task waits in MODAL until /mj/submit/modal. Edit the prompt; Vary
 * (Region) adds a mask painter (`maskBase64`), Custom Zoom a zoom field (`--zoom` in the prompt).
 */
export function ModalDialog(props: {
  modal: PendingModal;
  /** Resolves with a notice when the gateway refused (the dialog stays open to fix and retry). */
  onSubmit(body: { prompt: string; maskBase64?: string }): Promise<Notice | undefined>;
  onCancel(): void;
}) {
  const { modal } = props;
  const dialog = useRef<HTMLDialogElement>(null);
  const [prompt, setPrompt] = useState(modal.prompt);
  const [zoom, setZoom] = useState(String(zoomOf(modal.prompt) ?? 1.5));
  const [mask, setMask] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<Notice>();
  // Real web clients send bare base64 (spec/profiles.md); the gateway doc's example shows a data URL.
  const [maskFormat, setMaskFormat] = useState<'bare' | 'data-url'>('bare');
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
      const maskBase64 = mask && maskFormat === 'data-url' ? `data:image/png;base64,${mask}` : mask;
      setRefusal(
        await props.onSubmit({ prompt: finalPrompt, ...(inpaint && maskBase64 ? { maskBase64 } : {}) }),
      );
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
          <textarea
            aria-label="Edit prompt"
            rows={2}
            value={prompt}
            onChange={(e) => setPrompt(e.target.value)}
          />
        </label>
        {customZoom && (
          <label>
            Zoom (1–2)
            <input
              aria-label="Zoom (1–2)"
              type="number"
              min="1"
              max="2"
              step="0.1"
              value={zoom}
              onChange={(e) => setZoom(e.target.value)}
            />
          </label>
        )}
        {inpaint && (
          <label>
            Mask format
            <select
              aria-label="Mask format"
              value={maskFormat}
              onChange={(e) => setMaskFormat(e.target.value as 'bare' | 'data-url')}
            >
              <option value="bare">bare base64 (as web clients send it)</option>
              <option value="data-url">data URL (as the gateway doc shows it)</option>
            </select>
          </label>
        )}
        {inpaint && !mask && <p className="hint">Paint the area to change.</p>}
        {refusal && (
          <p className="status status-error" role="alert">
            <strong>{refusal.title}</strong>: {refusal.detail}
          </p>
        )}
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
