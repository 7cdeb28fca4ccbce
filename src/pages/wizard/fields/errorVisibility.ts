// When a field's error shows: not before the user has done anything with it. An error shows once
// its field was left (blur), once "Next" was pressed on a step with errors, and at once for what
// the user did not type here (a restored draft or share link, a manifest read from the YAML).
// The form validates on every change regardless; this only decides what is shown.
import { createContext, useContext } from 'react';

export interface ErrorVisibility {
  /** Every error shows. */
  all: boolean;
  /** The paths of the fields the user has left. */
  left: ReadonlySet<string>;
}

export const ErrorVisibilityContext = createContext<ErrorVisibility>({ all: true, left: new Set() });

/** Whether the error at this path shows: its field, a field inside it, or the list it belongs to was left. */
export function errorShows(path: string, visibility: ErrorVisibility): boolean {
  if (visibility.all || visibility.left.has(path)) return true;
  for (const left of visibility.left) {
    if (left.startsWith(`${path}.`) || path.startsWith(`${left}.`)) return true;
  }
  return false;
}

export function useErrorVisibility(): ErrorVisibility {
  return useContext(ErrorVisibilityContext);
}
