import { get, useFormState } from 'react-hook-form';
import type { WizardFieldPath } from './formTypes.ts';
import { useWizardFormContext } from './formTypes.ts';
import { errorShows, useErrorVisibility } from './errorVisibility.ts';

/**
 * The message of a field's error (from the schema or its cross-field rules), if it has one and it
 * is time to show it (see errorVisibility.ts).
 */
export function useFieldError(name: string): string | undefined {
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
