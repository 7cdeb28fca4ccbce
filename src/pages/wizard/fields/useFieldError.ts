import { get, useFormState } from 'react-hook-form';
import type { WizardFieldPath } from './formTypes.ts';
import { useWizardFormContext } from './formTypes.ts';
import { errorShows, useErrorVisibility } from './errorVisibility.ts';
import { useCheckerFindings } from './checkerFindings.ts';

export interface FieldFinding {
  message: string;
  /** Errors stop "Next"; a warning is said and does not. */
  severity: 'error' | 'warning';
}

/**
 * What a field shows, once: the checker's error on it, else the form's own error (the same words
 * for a rule they share, and the only one before the checker's run on the preview arrives), else
 * the checker's warning.
 */
export function useFieldFinding(name: string): FieldFinding | undefined {
  const formError = useFormError(name);
  const findings = useCheckerFindings(name);
  const visibility = useErrorVisibility();
  if (!errorShows(name, visibility)) return undefined;
  const checkerError = findings.find((d) => d.severity === 'error');
  if (checkerError) return { message: checkerError.message, severity: 'error' };
  if (formError) return { message: formError, severity: 'error' };
  const warning = findings.find((d) => d.severity === 'warning');
  return warning ? { message: warning.message, severity: 'warning' } : undefined;
}

/** The error a field shows (see useFieldFinding), if it shows one. */
export function useFieldError(name: string): string | undefined {
  const finding = useFieldFinding(name);
  return finding?.severity === 'error' ? finding.message : undefined;
}

/**
 * The message of a field's error from the form (the schema or its cross-field rules), if it has
 * one and it is time to show it (see errorVisibility.ts).
 */
function useFormError(name: string): string | undefined {
  const { control } = useWizardFormContext();
  const { errors } = useFormState({ control, name: name as WizardFieldPath });
  const visibility = useErrorVisibility();
  if (!errorShows(name, visibility)) return undefined;
  const error: unknown = get(errors, name);
  if (typeof error !== 'object' || error === null) return undefined;
  const { message, type } = error as { message?: unknown; type?: unknown };
  // A number field holding text: zod says "expected number, received string"; say it plainly.
  if (type === 'invalid_type' && typeof message === 'string' && /expected number/.test(message)) {
    return 'Enter a whole number';
  }
  return typeof message === 'string' && message !== '' ? message : undefined;
}
