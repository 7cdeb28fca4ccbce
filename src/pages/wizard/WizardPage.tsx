// The wizard: a thin composer of the steps, the live YAML preview and the notices. The behaviour
// lives in useWizard (session, steps) and usePreviewSync (form <-> YAML).
//
// Only the first step is in the app's first load; the later steps (and the output actions, which
// need the YAML parser for the share link's secret check) load right after the first paint.
import { useChangesSinceOpened } from './useChangesSinceOpened.ts';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { MQ_LABELS } from '../../model/support.ts';
import type { Session } from '../../model/wizard/session.ts';
import { formProblemsBesideFindings, placeFindings } from '../../model/wizard/fieldForDiagnostic.ts';
import { FieldContexts } from './fields/FieldContexts.tsx';
import { DraftChoice } from './notices/DraftChoice.tsx';
import { NoticeList } from './notices/NoticeList.tsx';
import { StorageChangeCallout } from './notices/StorageChangeCallout.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { useManifestDiagnostics } from './preview/useManifestDiagnostics.ts';
import { StartOverDialog } from './StartOverDialog.tsx';
import { StepIndicator } from './StepIndicator.tsx';
import { stepsWithErrors } from './stepErrors.ts';
import { downloadBlocker } from './previewState.ts';
import { lazyWithPrefetch } from './lazyWithPrefetch.ts';
import { DeploymentStep } from './steps/deployment/DeploymentStep.tsx';
import { LAST_STEP, STEPS } from './steps.ts';
import { useWizard, useWizardSession } from './useWizard.ts';
import './wizard.css';

const storageStep = lazyWithPrefetch(() =>
  import('./steps/storage/StorageStep.tsx').then((m) => m.StorageStep),
);
const settingsStep = lazyWithPrefetch(() =>
  import('./steps/settings/SettingsStep.tsx').then((m) => m.SettingsStep),
);
const reviewStep = lazyWithPrefetch(() => import('./steps/review/ReviewStep.tsx').then((m) => m.ReviewStep));
const outputActions = lazyWithPrefetch(() =>
  import('./output/OutputActions.tsx').then((m) => m.OutputActions),
);
const StorageStep = storageStep.Component;
const SettingsStep = settingsStep.Component;
const ReviewStep = reviewStep.Component;
const OutputActions = outputActions.Component;

function prefetchLaterSteps(): void {
  for (const { prefetch } of [storageStep, settingsStep, reviewStep, outputActions]) {
    prefetch().catch((error: unknown) => console.warn('A wizard step could not load ahead.', error));
  }
}

export function WizardPage() {
  const session = useWizardSession();
  if (!session) return <p className="page-loading">Opening the manifest…</p>;
  return <Wizard session={session} />;
}

function Wizard({ session }: { session: Session }) {
  const wizard = useWizard(session);
  const { form, preview, stepper } = wizard;
  const { diagnostics, markers, resolved, checking } = useManifestDiagnostics(preview.text);
  const [confirmingStartOver, setConfirmingStartOver] = useState(false);
  const current = STEPS[stepper.step] ?? STEPS[0];
  // Read on every render, so the form state subscribes to errors: the "needs attention" line goes once they are fixed.
  const hasErrors = Object.keys(form.formState.errors).length > 0;
  const formProblems = wizard.formProblems();
  const placed = useMemo(() => placeFindings(preview.values, diagnostics), [preview.values, diagnostics]);
  const fieldFindings = useMemo(() => ({ byField: placed.byField, stale: checking }), [placed, checking]);
  const errorSteps = new Set([
    ...stepsWithErrors(
      formProblems.map((p) => p.path),
      diagnostics,
      (d) => placed.fieldOf.get(d) ?? null,
    ),
    ...wizard.changedSteps,
  ]);
  const storageCallout = <StorageChangeCallout importedFrom={wizard.importedFrom} values={preview.values} />;
  const changes = useChangesSinceOpened(wizard.openedFrom, preview.text, current.id === 'review');
  // Effects run after the first paint: the later steps load while the user reads the first.
  useEffect(prefetchLaterSteps, []);

  return (
    <div className="wizard">
      <header className="wizard-header">
        <div>
          <h1>Milvus manifest wizard</h1>
          <p className="wizard-lead">
            Choose where Milvus keeps its message log and get a manifest for Milvus Operator that runs what
            you meant.
          </p>
        </div>
        <button type="button" className="button button-ghost" onClick={() => setConfirmingStartOver(true)}>
          Start over
        </button>
      </header>

      <DraftChoice
        displaced={wizard.draftChoice.displaced}
        onKeepLink={wizard.draftChoice.keepLink}
        onOpenDraft={wizard.draftChoice.openDraft}
        onDismiss={wizard.draftChoice.dismiss}
      />
      <NoticeList
        notices={wizard.notices}
        onDismiss={wizard.dismissNotice}
        importNotes={wizard.importNotes}
        onDismissImportNotes={wizard.dismissImportNotes}
      />

      <div className="wizard-layout">
        {/* Turning to the form reads a YAML edit still waiting for its pause, before any form change. */}
        <div
          className="wizard-form-column"
          onPointerDownCapture={preview.flushPendingRead}
          onFocusCapture={preview.flushPendingRead}
        >
          <StepIndicator
            step={stepper.step}
            reached={stepper.reached}
            errorSteps={errorSteps}
            onSelect={wizard.selectStep}
          />
          <FormProvider {...form}>
            <FieldContexts visibility={wizard.errorVisibility} findings={fieldFindings}>
              <form
                className="wizard-card"
                noValidate
                aria-labelledby="wizard-step-heading"
                onSubmit={(e) => e.preventDefault()}
                onBlur={(e) => {
                  const target = e.target as { name?: unknown };
                  if (typeof target.name === 'string') wizard.leaveField(target.name);
                }}
              >
                <h2 id="wizard-step-heading" ref={stepper.headingRef} tabIndex={-1} className="step-heading">
                  <span className="step-heading-count">
                    Step {stepper.step + 1} of {STEPS.length}
                  </span>
                  <span className="visually-hidden">: </span>
                  {current.id === 'settings'
                    ? `Settings: ${MQ_LABELS[preview.values.msgStreamType]}`
                    : current.title}
                </h2>
                {wizard.contextNotices.length > 0 && stepper.step <= 1 && (
                  <div className="callout callout-info" role="status">
                    <div className="callout-body">
                      {wizard.contextNotices.map((n) => (
                        <p key={n}>{n}</p>
                      ))}
                    </div>
                    <button
                      type="button"
                      className="button button-ghost button-small"
                      onClick={wizard.dismissContextNotices}
                    >
                      Dismiss
                    </button>
                  </div>
                )}
                <div className="wizard-step-body">
                  <Suspense fallback={<p className="step-loading">Loading this step…</p>}>
                    {current.id === 'deployment' && (
                      <DeploymentStep onContextChange={wizard.onContextChange} />
                    )}
                    {current.id === 'storage' && (
                      <>
                        {storageCallout}
                        <StorageStep />
                      </>
                    )}
                    {current.id === 'settings' && (
                      <>
                        {storageCallout}
                        <SettingsStep />
                      </>
                    )}
                    {current.id === 'review' && (
                      <ReviewStep
                        values={preview.values}
                        yamlProblem={preview.problem}
                        diagnostics={diagnostics}
                        resolved={resolved}
                        checking={checking}
                        changes={changes}
                        formProblems={formProblemsBesideFindings(formProblems, placed)}
                        onGoToStep={wizard.selectStep}
                        onRevealLine={wizard.revealLine}
                        callout={storageCallout}
                        output={
                          <OutputActions
                            text={preview.text}
                            values={preview.values}
                            editedText={wizard.editedText}
                            blocker={downloadBlocker(preview.problem)}
                          />
                        }
                      />
                    )}
                  </Suspense>
                </div>
                {wizard.stepBlocked && hasErrors && (
                  <p className="step-blocked" role="alert">
                    Some fields on this step need attention before you go on.
                  </p>
                )}
                <div className="step-nav">
                  {stepper.step > 0 ? (
                    <button type="button" className="button button-secondary" onClick={wizard.back}>
                      Back
                    </button>
                  ) : (
                    <span />
                  )}
                  {stepper.step < LAST_STEP && (
                    <button
                      type="button"
                      className="button button-primary"
                      onClick={() => void wizard.next()}
                    >
                      Next: {STEPS[stepper.step + 1]?.title}
                    </button>
                  )}
                </div>
              </form>
            </FieldContexts>
          </FormProvider>
        </div>
        <PreviewPanel
          preview={preview}
          diagnostics={diagnostics}
          markers={markers}
          onEditorReady={wizard.onEditorReady}
          onRevealLine={wizard.revealLine}
        />
      </div>

      <StartOverDialog
        open={confirmingStartOver}
        onCancel={() => setConfirmingStartOver(false)}
        onConfirm={() => {
          setConfirmingStartOver(false);
          wizard.startOver();
        }}
      />
    </div>
  );
}
