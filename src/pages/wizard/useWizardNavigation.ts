// Moving between the wizard's steps: where it opens, "Next" (which first validates the step's
// fields), "Back", the step indicator, the step addresses, and the steps a change elsewhere
// replaced (no tick until seen again).
import { useCallback, useState } from 'react';
import type { Session } from '../../model/wizard/session.ts';
import { stepFromHash, useStepRoute } from './useStepRoute.ts';
import { useStepper, type Stepper } from './useStepper.ts';

/**
 * The step to open: the one the address names (a reload, Back, a link), as far as a draft has
 * reached. A fresh session opens any step a link names: its values are the schema's defaults,
 * which every step accepts (WizardValuesSchema.parse of the defaults holds, values.test.ts).
 */
function startStep(session: Session): number {
  const named = stepFromHash(window.location.hash);
  if (named === null) return session.step;
  if (session.source === 'defaults') return named;
  return session.source === 'draft' ? Math.min(named, Math.max(session.reached, session.step)) : session.step;
}

export interface WizardNavigation {
  stepper: Stepper;
  /** "Next" was pressed on a step with errors. */
  stepBlocked: boolean;
  /** Steps whose content a change elsewhere replaced, until the user opens them. */
  changedSteps: ReadonlySet<number>;
  markChanged: (steps: readonly number[]) => void;
  next: () => Promise<void>;
  back: () => void;
  selectStep: (index: number) => void;
  /** Opens a step of a session put in place of the current one. */
  open: (step: number, reached: number) => void;
  /** Back to the first step, nothing reached, nothing blocked or changed. */
  restart: () => void;
}

export function useWizardNavigation(
  session: Session,
  /** Validates the step's fields; false when one has an error. */
  validateStep: (step: number) => Promise<boolean>,
  /** "Next" found errors: they all show. */
  onBlocked: () => void,
): WizardNavigation {
  const [initialStep] = useState(() => startStep(session));
  const stepper = useStepper(initialStep, session.reached);
  const [stepBlocked, setStepBlocked] = useState(false);
  const [changedSteps, setChangedSteps] = useState<ReadonlySet<number>>(() => new Set());
  const { step, reached, goTo } = stepper;
  useStepRoute(step, reached, goTo);
  // Opening a changed step is seeing it (state adjusted during render, as React recommends).
  if (changedSteps.has(step)) {
    const seen = new Set(changedSteps);
    seen.delete(step);
    setChangedSteps(seen);
  }

  const next = useCallback(async () => {
    const ok = await validateStep(step);
    setStepBlocked(!ok);
    if (!ok) {
      onBlocked();
      // Errors render first; then the first field that has one takes focus.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.wizard-step-body [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    goTo(step + 1);
  }, [validateStep, onBlocked, step, goTo]);

  const back = useCallback(() => {
    setStepBlocked(false);
    goTo(step - 1);
  }, [step, goTo]);

  const selectStep = useCallback(
    (index: number) => {
      setStepBlocked(false);
      goTo(index);
    },
    [goTo],
  );

  const { restart: restartStepper } = stepper;
  const restart = useCallback(() => {
    setStepBlocked(false);
    setChangedSteps(new Set());
    restartStepper();
  }, [restartStepper]);

  const markChanged = useCallback((steps: readonly number[]) => setChangedSteps(new Set(steps)), []);

  return { stepper, stepBlocked, changedSteps, markChanged, next, back, selectStep, open: goTo, restart };
}
