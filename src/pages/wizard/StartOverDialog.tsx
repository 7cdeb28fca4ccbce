import { useEffect, useRef } from 'react';

interface StartOverDialogProps {
  open: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before throwing away the user's settings and YAML edits (a modal <dialog>: focus stays inside). */
export function StartOverDialog({ open, onConfirm, onCancel }: StartOverDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="start-over-title"
      aria-describedby="start-over-text"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="start-over-title">Start over?</h2>
      <p id="start-over-text">
        This clears every setting, your edits to the YAML and the saved draft, and goes back to the defaults.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button button-secondary" onClick={onCancel} autoFocus>
          Keep editing
        </button>
        <button type="button" className="button button-danger" onClick={onConfirm}>
          Clear and start over
        </button>
      </div>
    </dialog>
  );
}
