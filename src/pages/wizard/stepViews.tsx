// Each step's content as the step registry (steps.ts) shows it: the step's component with what it
// needs from the wizard. The later steps load lazily (laterSteps.ts); the page's Suspense waits.
import type { ValuesProblem } from '../../model/wizard/values/validateValues.ts';
import type { OutputSource } from './output/outputSource.ts';
import type { ManifestDiagnostics } from './preview/useManifestDiagnostics.ts';
import { DeploymentStep } from './steps/deployment/DeploymentStep.tsx';
import { OutputActions, ReviewStep, SettingsStep, StorageChangeCallout, StorageStep } from './laterSteps.ts';
import type { Wizard } from './useWizard.ts';

export interface StepViewProps {
  wizard: Wizard;
  /** The checker's findings on the preview. */
  checked: ManifestDiagnostics;
  /** What the output actions take away: the preview's text once written. */
  output: OutputSource;
  /** The form's own problems, each with the step that shows its field. */
  formProblems: (ValuesProblem & { step: number })[];
}

/** Says when a storage chosen or imported earlier was replaced (shown above the storage's steps). */
function StorageCallout({ wizard }: Pick<StepViewProps, 'wizard'>) {
  return <StorageChangeCallout importedFrom={wizard.importedFrom} values={wizard.preview.values} />;
}

export function DeploymentView({ wizard }: StepViewProps) {
  return <DeploymentStep onContextChange={wizard.onContextChange} />;
}

export function StorageView({ wizard }: StepViewProps) {
  return (
    <>
      <StorageCallout wizard={wizard} />
      <StorageStep />
    </>
  );
}

export function SettingsView({ wizard }: StepViewProps) {
  return (
    <>
      <StorageCallout wizard={wizard} />
      <SettingsStep />
    </>
  );
}

export function ReviewView({ wizard, checked, output, formProblems }: StepViewProps) {
  const { preview } = wizard;
  return (
    <ReviewStep
      values={preview.values}
      yamlProblem={preview.problem}
      diagnostics={checked.diagnostics}
      resolved={checked.resolved}
      checking={checked.checking}
      openedFrom={wizard.openedFrom}
      text={preview.text}
      formProblems={formProblems}
      onGoToStep={wizard.selectStep}
      onRevealLine={wizard.revealLine}
      callout={<StorageCallout wizard={wizard} />}
      output={<OutputActions output={output} values={preview.values} editedText={wizard.editedText} />}
    />
  );
}
