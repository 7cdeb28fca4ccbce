import type { ReactNode } from 'react';
import { CheckerFindingsContext, type CheckerFindings } from './checkerFindings.ts';
import { ErrorVisibilityContext, type ErrorVisibility } from './errorVisibility.ts';

/** What the fields read beside the form: when their errors show, and the checker's findings on them. */
export function FieldContexts({
  visibility,
  findings,
  children,
}: {
  visibility: ErrorVisibility;
  findings: CheckerFindings;
  children: ReactNode;
}) {
  return (
    <ErrorVisibilityContext.Provider value={visibility}>
      <CheckerFindingsContext.Provider value={findings}>{children}</CheckerFindingsContext.Provider>
    </ErrorVisibilityContext.Provider>
  );
}
