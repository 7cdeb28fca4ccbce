import { useEffect, useRef, useState } from 'react';
import { copyText } from './clipboard.ts';

interface CopyButtonProps {
  /** The button's name, e.g. "Copy YAML". */
  label: string;
  /** What to copy, read when clicked. */
  text: () => string;
  /** What the confirmation says (default "Copied"). */
  confirmation?: string;
  className?: string;
}

const CONFIRMATION_MS = 2500;

/** A copy button with a visible, announced confirmation next to it. */
export function CopyButton({
  label,
  text,
  confirmation = 'Copied',
  className = 'button button-secondary',
}: CopyButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (
    <span className="copy-action">
      <button
        type="button"
        className={className}
        onClick={async () => {
          const ok = await copyText(text());
          setStatus(ok ? 'copied' : 'failed');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => setStatus('idle'), CONFIRMATION_MS);
        }}
      >
        {label}
      </button>
      <span role="status" className={`copy-status copy-status-${status}`}>
        {status === 'copied'
          ? confirmation
          : status === 'failed'
            ? 'Copy failed: select the text and press Ctrl+C'
            : ''}
      </span>
    </span>
  );
}
