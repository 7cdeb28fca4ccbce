import { useCallback, useRef, useState } from 'react';
import { LAST_STEP } from '../../model/wizard/steps.ts';

export interface Stepper {
  step: number;
  /** The furthest step the user has reached: every step up to it can be opened from the indicator. */
  reached: number;
  /** Opens a step; `reachedAtLeast` also opens the steps up to it in the indicator. */
  goTo: (index: number, reachedAtLeast?: number) => void;
  /** Back to the first step, with nothing reached. */
  restart: () => void;
  /** Puts focus on the current step's heading after a move, for keyboard and screen-reader users. */
  headingRef: React.RefObject<HTMLHeadingElement | null>;
}

const clampStep = (index: number) => Math.min(Math.max(index, 0), LAST_STEP);

export function useStepper(initialStep: number, initialReached: number): Stepper {
  const [position, setPosition] = useState(() => {
    const step = clampStep(initialStep);
    return { step, reached: Math.max(step, clampStep(initialReached)) };
  });
  const headingRef = useRef<HTMLHeadingElement | null>(null);

  const goTo = useCallback((index: number, reachedAtLeast = 0) => {
    const step = clampStep(index);
    setPosition((p) => ({ step, reached: Math.max(p.reached, step, clampStep(reachedAtLeast)) }));
    // The new step renders first; then its heading takes focus.
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  const restart = useCallback(() => {
    setPosition({ step: 0, reached: 0 });
    requestAnimationFrame(() => headingRef.current?.focus());
  }, []);

  return { ...position, goTo, restart, headingRef };
}
