// Which of the form's errors show (see fields/errorVisibility.ts): those of the fields the user
// left, or all of them once "Next" was pressed on a step with errors or the session was not typed
// here.
import { useCallback, useMemo, useState } from 'react';
import type { Session } from '../../model/wizard/session.ts';
import type { ErrorVisibility } from './fields/errorVisibility.ts';

export interface ErrorReveal {
  errorVisibility: ErrorVisibility;
  /** The user left this field: its errors show from now on. */
  leaveField: (name: string) => void;
  revealAll: () => void;
  /** Back to showing nothing until the user does something (a fresh start). */
  hideAll: () => void;
}

export function useErrorReveal(session: Session): ErrorReveal {
  // A session the user did not type here shows its problems at once.
  const [all, setAll] = useState(session.source !== 'defaults');
  const [left, setLeft] = useState<ReadonlySet<string>>(() => new Set());
  const errorVisibility = useMemo(() => ({ all, left }), [all, left]);
  const leaveField = useCallback((name: string) => {
    if (name === '') return;
    setLeft((fields) => (fields.has(name) ? fields : new Set(fields).add(name)));
  }, []);
  const revealAll = useCallback(() => setAll(true), []);
  const hideAll = useCallback(() => {
    setAll(false);
    setLeft(new Set());
  }, []);
  return { errorVisibility, leaveField, revealAll, hideAll };
}
