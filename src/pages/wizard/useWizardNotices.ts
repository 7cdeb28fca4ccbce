// What the wizard says above the form: the session's notices (where it came from, what could not be
// used), the importer's notes on a manifest, and what a change of mode or version did to the form.
import { useCallback, useState } from 'react';
import type { Session, SessionNotice } from '../../model/wizard/session.ts';

export interface WizardNotices {
  notices: SessionNotice[];
  dismissNotice: (index: number) => void;
  importNotes: string[];
  dismissImportNotes: () => void;
  /** What the last change of mode or version changed elsewhere in the form. */
  contextNotices: string[];
  dismissContextNotices: () => void;
  sayContextChanges: (said: string[]) => void;
  /** The notices of a session opened in place of the current one. */
  showSession: (next: Session) => void;
  startedOver: () => void;
}

export function useWizardNotices(session: Session): WizardNotices {
  const [notices, setNotices] = useState<SessionNotice[]>(session.notices);
  const [importNotes, setImportNotes] = useState<string[]>(session.importNotes);
  const [contextNotices, setContextNotices] = useState<string[]>([]);

  const showSession = useCallback((next: Session) => {
    setNotices(next.notices);
    setImportNotes(next.importNotes);
    setContextNotices([]);
  }, []);

  const startedOver = useCallback(() => {
    setNotices([{ tone: 'info', text: 'Started over from the defaults.' }]);
    setImportNotes([]);
    setContextNotices([]);
  }, []);

  return {
    notices,
    dismissNotice: (index: number) => setNotices((list) => list.filter((_, i) => i !== index)),
    importNotes,
    dismissImportNotes: () => setImportNotes([]),
    contextNotices,
    dismissContextNotices: () => setContextNotices([]),
    sayContextChanges: setContextNotices,
    showSession,
    startedOver,
  };
}
