import { STEPS } from './steps.ts';

interface StepIndicatorProps {
  step: number;
  reached: number;
  /** Steps with an error, or changed since the user saw them: a warning mark instead of a tick. */
  errorSteps: ReadonlySet<number>;
  onSelect: (index: number) => void;
}

/** Where the user is. Steps already reached are buttons; the ones ahead are not yet. */
export function StepIndicator({ step, reached, errorSteps, onSelect }: StepIndicatorProps) {
  return (
    <nav className="wizard-steps-nav" aria-label="Wizard steps">
      <ol className="wizard-steps">
        {STEPS.map((s, index) => {
          const visited = index === step ? 'current' : index <= reached ? 'done' : 'upcoming';
          // A tick means the step has no error; a reached step with one shows "!".
          const state = visited === 'done' && errorSteps.has(index) ? 'error' : visited;
          const content = (
            <>
              <span className="step-number" aria-hidden="true">
                {state === 'done' ? '✓' : state === 'error' ? '!' : index + 1}
              </span>
              <span className="step-title">{s.title}</span>
              {visited !== 'upcoming' && errorSteps.has(index) && (
                <span className="visually-hidden"> (needs attention)</span>
              )}
            </>
          );
          return (
            <li key={s.id} className={`wizard-step is-${state}`}>
              {state === 'upcoming' ? (
                <span className="step-target" aria-disabled="true">
                  <span className="visually-hidden">Step {index + 1}: </span>
                  {content}
                </span>
              ) : (
                <button
                  type="button"
                  className="step-target"
                  aria-current={state === 'current' ? 'step' : undefined}
                  onClick={() => onSelect(index)}
                >
                  <span className="visually-hidden">Step {index + 1}: </span>
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
