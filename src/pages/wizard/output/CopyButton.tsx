import { useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard.ts';

interface CopyButtonProps {
  /** The button's name, e.g. "Copy YAML". */
  label: string;
  /**
   * What to copy, read when clicked. A promise waits for a text not written yet (the press is not
   * lost); a rejection says why there is nothing to copy (its message is shown).
   */
  text: () => string | Promise<string>;
  /** What the confirmation says (default "Copied"). */
  confirmation?: string;
  className?: string;
}

const CONFIRMATION_MS = 2500;
const COPY_FAILED = 'Copy failed: select the text and press Ctrl+C';

type Status = { kind: 'idle' | 'waiting' | 'copied' } | { kind: 'failed'; message: string };

const STATUS_TEXT = { idle: '', waiting: 'Writing the YAML…' };

/** A copy button with a visible, announced confirmation next to it. */
export function CopyButton({
  label,
  text,
  confirmation = 'Copied',
  className = 'button button-secondary',
}: CopyButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const settle = (next: Status) => {
    setStatus(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => setStatus({ kind: 'idle' }), CONFIRMATION_MS);
  };
  return (
    <span className="copy-action">
      <button
        type="button"
        className={className}
        aria-busy={status.kind === 'waiting'}
        onClick={async () => {
          if (status.kind === 'waiting') return;
          const pending = text();
          if (typeof pending !== 'string') setStatus({ kind: 'waiting' });
          let copying: string;
          try {
            copying = await pending;
          } catch (error) {
            settle({ kind: 'failed', message: error instanceof Error ? error.message : COPY_FAILED });
            return;
          }
          const ok = await copyText(copying);
          settle(ok ? { kind: 'copied' } : { kind: 'failed', message: COPY_FAILED });
        }}
      >
        {label}
      </button>
      <span role="status" className={`copy-status copy-status-${status.kind}`}>
        {status.kind === 'copied' ? confirmation : status.kind === 'failed' ? status.message : STATUS_TEXT[status.kind]}
      </span>
    </span>
  );
}
