// The wizard's step registry: { id, title, component, fields } for each step, in order. The
// model's list (model/wizard/steps.ts) holds what is not React (ids, titles, the values each step
// owns); this adds what each step shows.
import type { ComponentType } from 'react';
import { WIZARD_STEPS, type WizardStepFacts, type WizardStepId } from '../../model/wizard/steps.ts';
import { DeploymentView, ReviewView, SettingsView, StorageView, type StepViewProps } from './stepViews.tsx';

export interface WizardStep extends WizardStepFacts {
  id: WizardStepId;
  component: ComponentType<StepViewProps>;
}

const VIEWS: Record<WizardStepId, ComponentType<StepViewProps>> = {
  deployment: DeploymentView,
  storage: StorageView,
  settings: SettingsView,
  review: ReviewView,
};

export const STEPS: readonly WizardStep[] = WIZARD_STEPS.map((s) => ({ ...s, component: VIEWS[s.id] }));

/** The step at this index; the first for an index that names none. */
export function stepAt(index: number): WizardStep {
  return STEPS[index] ?? STEPS[0];
}
