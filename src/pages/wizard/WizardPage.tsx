// The wizard: a thin composer of the steps, the live YAML preview and the notices. The behaviour
// lives in useWizard (session, steps) and usePreviewSync (form <-> YAML); each step's content and
// the values it owns come from the step registry (steps.ts).
//
// Only the first step is in the app's first load; the later steps (and the output actions, which
// need the YAML parser for the share link's secret check) load right after the first paint.
import { Suspense, useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import type { Session } from '../../model/wizard/session.ts';
import { formProblemsBesideFindings, placeFindings } from '../../model/wizard/fieldForDiagnostic.ts';
import { LAST_STEP, stepIndex } from '../../model/wizard/steps.ts';
import { FieldContexts } from './fields/FieldContexts.tsx';
import { DraftChoice, StartOverDialog, laterStepsLoaded, prefetchLaterSteps } from './laterSteps.ts';
import { stepFromHash } from './useStepRoute.ts';
import { NoticeList } from './notices/NoticeList.tsx';
import { PreviewPanel } from './preview/PreviewPanel.tsx';
import { useManifestDiagnostics } from './preview/useManifestDiagnostics.ts';
import { useHelmTarget } from './preview/useHelmTarget.ts';
import { useOutputSource } from './output/outputSource.ts';
import { StepIndicator } from './StepIndicator.tsx';
import { stepsWithErrors } from './stepErrors.ts';
import { STEPS, stepAt } from './steps.ts';
import { useWizard } from './useWizard.ts';
import { useWizardSession } from './useWizardSession.ts';
import './wizard.css';
import { routePath } from '../../shared/routes.ts';

export function WizardPage() {
  const session = useWizardSession();
  const stepsReady = useStepsReadyFor(session);
  if (!session) return <p className="page-loading">Opening the manifest…</p>;
  if (!stepsReady) return <p className="page-loading">Opening the wizard…</p>;
  return <Wizard session={session} />;
}

/**
 * Whether the step the wizard opens on can show at once: the first step is in the first load; a
 * later one (a reload on Settings, a draft, a manifest opened on Review) waits for the later steps'
 * chunk, decided once, when the session is known. Once shown, the wizard stays.
 */
function useStepsReadyFor(session: Session | null): boolean {
  const [phase, setPhase] = useState<'deciding' | 'loading' | 'ready'>('deciding');
  if (session !== null && phase === 'deciding') {
    // Derived from the first session, during render (React re-renders before anything shows).
    const opensLater = session.step > 0 || (stepFromHash(window.location.hash) ?? 0) > 0;
    setPhase(opensLater ? 'loading' : 'ready');
  }
  useEffect(() => {
    if (phase !== 'loading') return;
    let live = true;
    void laterStepsLoaded().then(() => {
      if (live) setPhase('ready');
    });
    return () => {
      live = false;
    };
  }, [phase]);
  return phase === 'ready';
}

function Wizard({ session }: { session: Session }) {
  const wizard = useWizard(session);
  const { form, preview, stepper } = wizard;
  // The operator's checker reads Milvus resources; a values file is the Helm front end's.
  const helm = useHelmTarget(preview.values);
  const checked = useManifestDiagnostics(preview.text, helm.checkInput);
  const { diagnostics, markers, checkedText, checking } = checked;
  const output = useOutputSource(preview.written, checked.verdictOn);
  const [confirmingStartOver, setConfirmingStartOver] = useState(false);
  const current = stepAt(stepper.step);
  const StepContent = current.component;
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
  // Effects run after the first paint: the later steps load while the user reads the first.
  useEffect(prefetchLaterSteps, []);

  return (
    <div className="wizard">
      <header className="wizard-header">
        <div>
          <h1>Milvus manifest wizard</h1>
          <p className="wizard-lead">
            Choose where Milvus keeps its message log and get a manifest for Milvus Operator, or values for
            the milvus-helm chart, that runs what you meant. In a hurry? The{' '}
            <a href={routePath('quick')}>quick manifest</a> asks four questions on one page.
          </p>
        </div>
        <button type="button" className="button button-ghost" onClick={() => setConfirmingStartOver(true)}>
          Start over
        </button>
      </header>

      {wizard.draftChoice.displaced && (
        <Suspense fallback={null}>
          <DraftChoice
            displaced={wizard.draftChoice.displaced}
            onKeepLink={wizard.draftChoice.keepLink}
            onOpenDraft={wizard.draftChoice.openDraft}
            onDismiss={wizard.draftChoice.dismiss}
          />
        </Suspense>
      )}
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
            <FieldContexts
              visibility={wizard.errorVisibility}
              findings={fieldFindings}
              helmHelp={helm.fieldHelp}
            >
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
                  {current.heading?.(preview.values) ?? current.title}
                </h2>
                {wizard.contextNotices.length > 0 && stepper.step <= stepIndex('storage') && (
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
                    <StepContent
                      wizard={wizard}
                      checked={checked}
                      output={output}
                      formProblems={formProblemsBesideFindings(formProblems, placed)}
                    />
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
          output={output}
          checkedText={checkedText}
          onEditorReady={wizard.onEditorReady}
          onRevealLine={wizard.revealLine}
        />
      </div>

      {/* Lazy (laterSteps.ts): a press before its chunk arrived opens it once it has. */}
      <Suspense fallback={null}>
        <StartOverDialog
          open={confirmingStartOver}
          onCancel={() => setConfirmingStartOver(false)}
          onConfirm={() => {
            setConfirmingStartOver(false);
            wizard.startOver();
          }}
        />
      </Suspense>
    </div>
  );
}
