import { MANIFEST_FILE_NAME } from '../../../model/wizard/output.ts';
// The check page's helper: one download routine for the whole app (it could move to a shared folder).
import { downloadText } from '../../../app/downloadText.ts';

/** Downloads exactly the text the preview shows. */
export function DownloadButton({
  text,
  className = 'button button-primary',
}: {
  text: string;
  className?: string;
}) {
  return (
    <button type="button" className={className} onClick={() => downloadText(text, MANIFEST_FILE_NAME)}>
      Download {MANIFEST_FILE_NAME}
    </button>
  );
}
