// Share links in the address: the one the wizard opened with is cleared once read (afterwards the
// address is its step's, so a reload uses the draft), and one pasted into the address bar while
// the wizard is open replaces the session.
import { useEffect } from 'react';
import { resumeSession, type Session } from '../../model/wizard/session.ts';
import { shareParamFromHash } from '../../model/wizard/shareLink.ts';
import { readDraft } from './useDraftAutosave.ts';
import { stepHash } from './useStepRoute.ts';

function clearShareParam(step: number): void {
  if (shareParamFromHash(window.location.hash) !== null) {
    window.history.replaceState(window.history.state, '', stepHash(step));
  }
}

export function useShareLinkListener(startStep: number, applySession: (next: Session) => void): void {
  useEffect(() => {
    clearShareParam(startStep);
  }, [startStep]);

  useEffect(() => {
    const onHashChange = () => {
      if (shareParamFromHash(window.location.hash) === null) return;
      const next = resumeSession(window.location.hash, readDraft());
      applySession(next);
      clearShareParam(next.step);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [applySession]);
}
