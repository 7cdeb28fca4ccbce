// Which of the form's errors show (see fields/errorVisibility.ts): those of the fields the user
// left, or all of them once "Next" was pressed on a step with errors or the session was not typed
// here.
//
// A field left by pressing something else with the pointer shows its message only after that press
// has become a click: the message would otherwise push the page down between the press and the
// release, and the release would land on whatever moved under the pointer (a "Next" pushed away,
// a "+ Add pool" moved off screen), losing the click. The focus moves at the press (mousedown's
// default action; for a touch, the mousedown a tap is turned into, after pointerup), the click
// comes with the release, so the reveal waits for the release and runs in a task after it.
import { useCallback, useMemo, useState } from 'react';
import type { Session } from '../../model/wizard/session.ts';
import type { ErrorVisibility } from './fields/errorVisibility.ts';
import { useAfterPress } from '../shared/useAfterPress.ts';

export interface ErrorReveal {
  errorVisibility: ErrorVisibility;
  /** The user left this field: its errors show from now on (after the press that left it). */
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
  const afterPress = useAfterPress();
  const leaveField = useCallback(
    (name: string) => {
      if (name === '') return;
      afterPress(() => setLeft((fields) => (fields.has(name) ? fields : new Set(fields).add(name))));
    },
    [afterPress],
  );
  const revealAll = useCallback(() => setAll(true), []);
  const hideAll = useCallback(() => {
    setAll(false);
    setLeft(new Set());
  }, []);
  return { errorVisibility, leaveField, revealAll, hideAll };
}
