/** Every problem of a set of wizard values, as path + message (for the CLI, the review step and tests). */
import { WizardValuesSchema } from './values.ts';
import { issuesToProblems } from './valuesRules.ts';

export interface ValuesProblem {
  path: string;
  message: string;
}

export function valuesProblems(input: unknown): ValuesProblem[] {
  const result = WizardValuesSchema.safeParse(input);
  return result.success ? [] : issuesToProblems(result.error.issues);
}
