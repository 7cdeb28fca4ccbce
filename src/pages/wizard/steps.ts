// The wizard's steps and the fields each one owns (for "Next" to validate).
import type { WizardValues } from '../../model/values.ts';
import type { WizardFieldPath } from './fields/formTypes.ts';

export const STEPS = [
  { id: 'deployment', title: 'Deployment' },
  { id: 'storage', title: 'Message storage' },
  { id: 'settings', title: 'Settings' },
  { id: 'review', title: 'Review' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];
export const LAST_STEP = STEPS.length - 1;

export function stepFields(index: number, values: Pick<WizardValues, 'msgStreamType'>): WizardFieldPath[] {
  switch (STEPS[index]?.id) {
    case 'deployment':
      return ['mode', 'milvusVersion', 'name', 'namespace', 'apiVersion', 'image'];
    case 'storage':
      return ['msgStreamType'];
    case 'settings':
      return [values.msgStreamType];
    default:
      return [];
  }
}
