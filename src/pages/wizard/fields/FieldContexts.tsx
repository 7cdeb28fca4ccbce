import type { ReactNode } from 'react';
import { CheckerFindingsContext, type CheckerFindings } from './checkerFindings.ts';
import { ErrorVisibilityContext, type ErrorVisibility } from './errorVisibility.ts';
import { HelmFieldHelpContext } from './targetHelp.ts';

/**
 * What the fields read beside the form: when their errors show, the checker's findings on them, and
 * on Helm their help in the chart's words.
 */
export function FieldContexts({
  visibility,
  findings,
  helmHelp,
  children,
}: {
  visibility: ErrorVisibility;
  findings: CheckerFindings;
  helmHelp: ReadonlyMap<string, string> | null;
  children: ReactNode;
}) {
  return (
    <ErrorVisibilityContext.Provider value={visibility}>
      <CheckerFindingsContext.Provider value={findings}>
        <HelmFieldHelpContext.Provider value={helmHelp}>{children}</HelmFieldHelpContext.Provider>
      </CheckerFindingsContext.Provider>
    </ErrorVisibilityContext.Provider>
  );
}
