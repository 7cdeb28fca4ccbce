import { useId, useState } from 'react';
import { MANIFEST_FILE_NAME } from '../../../model/wizard/output.ts';
// The check page's helper: one download routine for the whole app (it could move to a shared folder).
import { downloadText } from '../../../shared/downloadText.ts';
import type { Blocker, OutputSource } from './outputSource.ts';

type Phase =
  | { kind: 'idle' }
  /** The press came before the YAML was written, or before the checker's verdict on it. */
  | { kind: 'waiting' }
  | { kind: 'asking'; text: string; blocker: Blocker }
  | { kind: 'unavailable'; reason: string };

/**
 * Downloads exactly the text the preview shows, once it is written and checked: a press made
 * before waits (and says so) rather than saving an empty file. With a reason to ask (the YAML has a
 * syntax error, or the checker finds errors), the press says why and names the errors instead,
 * and the user can download anyway.
 */
export function DownloadButton({
  output,
  className = 'button button-primary',
  fileName = MANIFEST_FILE_NAME,
}: {
  output: OutputSource;
  className?: string;
  /** The manifest's name, or values.yaml for the Helm target. */
  fileName?: string;
}) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const id = useId();
  const download = (text: string) => {
    setPhase({ kind: 'idle' });
    downloadText(text, fileName);
  };
  const press = async () => {
    if (phase.kind === 'waiting') return;
    setPhase({ kind: 'waiting' });
    const ready = await output({ checked: true });
    if (!ready.ok) setPhase({ kind: 'unavailable', reason: ready.reason });
    else if (ready.blocker) setPhase({ kind: 'asking', text: ready.text, blocker: ready.blocker });
    else download(ready.text);
  };
  return (
    <div className="download-action">
      <button type="button" className={className} aria-busy={phase.kind === 'waiting'} onClick={() => void press()}>
        Download {fileName}
      </button>
      <span role="status" className="download-status">
        {phase.kind === 'waiting' ? 'Writing and checking the YAML…' : ''}
      </span>
      {phase.kind === 'unavailable' && (
        <span className="callout callout-danger download-warning" role="alert">
          {phase.reason}
        </span>
      )}
      {phase.kind === 'asking' && (
        <div className="callout callout-danger download-warning" role="alertdialog" aria-labelledby={id}>
          <span id={id}>
            <strong>Not downloaded yet.</strong> {phase.blocker.reason}
          </span>
          {phase.blocker.items.length > 0 && (
            <ul className="download-warning-errors">
              {phase.blocker.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
          <span className="download-warning-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => download(phase.text)}
            >
              Download anyway
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setPhase({ kind: 'idle' })}
            >
              Cancel
            </button>
          </span>
        </div>
      )}
    </div>
  );
}
