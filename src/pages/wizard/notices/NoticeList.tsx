import type { SessionNotice } from '../../../model/wizard/session.ts';
import { IdentifierText } from '../../shared/IdentifierText.tsx';
import { Callout } from './Callout.tsx';

interface NoticeListProps {
  notices: SessionNotice[];
  onDismiss: (index: number) => void;
  importNotes: string[];
  onDismissImportNotes: () => void;
}

/** What happened to the session: restored, opened from a link or the checker, or what could not be used. */
export function NoticeList({ notices, onDismiss, importNotes, onDismissImportNotes }: NoticeListProps) {
  return (
    <div className="wizard-notices" role="status">
      {notices.map((n, i) => (
        <Callout key={n.text} tone={n.tone === 'error' ? 'danger' : 'info'} onDismiss={() => onDismiss(i)}>
          <p>
            <IdentifierText text={n.text} />
          </p>
        </Callout>
      ))}
      {importNotes.length > 0 && (
        <Callout tone="info" title="Notes on the imported manifest" onDismiss={onDismissImportNotes}>
          <ul>
            {importNotes.map((note) => (
              <li key={note}>
                <IdentifierText text={note} />
              </li>
            ))}
          </ul>
        </Callout>
      )}
    </div>
  );
}
