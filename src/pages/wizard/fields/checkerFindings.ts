// The checker's findings on the preview, by the form field they are about (placed by
// model/wizard/fieldForDiagnostic.ts). The wizard page provides them; a field reads its own.
import { createContext, useContext } from 'react';
import type { Diagnostic } from '../../../model/diagnostics.ts';

export const CheckerFindingsContext = createContext<ReadonlyMap<string, readonly Diagnostic[]>>(new Map());

const NONE: readonly Diagnostic[] = [];

export function useCheckerFindings(name: string): readonly Diagnostic[] {
  return useContext(CheckerFindingsContext).get(name) ?? NONE;
}
