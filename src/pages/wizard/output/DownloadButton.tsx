import { useId, useState } from 'react';
import { MANIFEST_FILE_NAME } from '../../../model/wizard/output.ts';
// The check page's helper: one download routine for the whole app (it could move to a shared folder).
import { downloadText } from '../../../shared/downloadText.ts';

/**
 * Downloads exactly the text the preview shows. With a `blocker` (the YAML has an error), the
 * first press says why instead, and the user can download anyway.
 */
export function DownloadButton({
  text,
  blocker = null,
  className = 'button button-primary',
  fileName = MANIFEST_FILE_NAME,
}: {
  text: string;
  blocker?: string | null;
  className?: string;
  /** The manifest's name, or values.yaml for the Helm target. */
  fileName?: string;
}) {
  const [warning, setWarning] = useState<string | null>(null);
  const id = useId();
  const download = () => {
    setWarning(null);
    downloadText(text, fileName);
  };
  return (
    <span className="download-action">
      <button
        type="button"
        className={className}
        onClick={() => (blocker ? setWarning(blocker) : download())}
      >
        Download {fileName}
      </button>
      {warning && (
        <span className="callout callout-danger download-warning" role="alertdialog" aria-labelledby={id}>
          <span id={id}>
            <strong>Not downloaded yet.</strong> {warning}
          </span>
          <span className="download-warning-actions">
            <button type="button" className="button button-secondary button-small" onClick={download}>
              Download anyway
            </button>
            <button
              type="button"
              className="button button-ghost button-small"
              onClick={() => setWarning(null)}
            >
              Cancel
            </button>
          </span>
        </span>
      )}
    </span>
  );
}
