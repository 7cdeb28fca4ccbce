// The checker's findings on the preview, by the form field they are about (placed by
// model/wizard/fieldForDiagnostic.ts). The wizard page provides them; a field reads its own.
import { createContext, useContext } from 'react';
import type { Diagnostic } from '../../../model/findings/diagnostics.ts';

export interface CheckerFindings {
  byField: ReadonlyMap<string, readonly Diagnostic[]>;
  /** The findings are for an older text; the check of the current one is running. */
  stale: boolean;
}

export const CheckerFindingsContext = createContext<CheckerFindings>({ byField: new Map(), stale: false });

const NONE: readonly Diagnostic[] = [];

/**
 * The checker's findings on one field. While they are stale, its errors are left out: the form's
 * own rules say the same errors at once, and an error the user has just fixed must not appear as
 * the field is left (it would also move what the pointer is on).
 */
export function useCheckerFindings(name: string): readonly Diagnostic[] {
  const { byField, stale } = useContext(CheckerFindingsContext);
  const findings = byField.get(name) ?? NONE;
  return stale ? findings.filter((d) => d.severity !== 'error') : findings;
}
