// The form's types: react-hook-form holds what the inputs produce (the schema's input), and the
// zod resolver hands back the parsed values (the schema's output).
import { useFormContext, type FieldPath } from 'react-hook-form';
import type { WizardValues, WizardValuesInput } from '../../../model/wizard/values/values.ts';

export type WizardFieldPath = FieldPath<WizardValuesInput>;

export function useWizardFormContext() {
  return useFormContext<WizardValuesInput, unknown, WizardValues>();
}
