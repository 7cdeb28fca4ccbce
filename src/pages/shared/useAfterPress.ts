// A change that moves the page must not land between a pointer press and its release: the release
// would fall on whatever moved under the pointer, and the click would be lost. Focus leaves a field
// at the press (mousedown's default action), the click comes with the release, so work caused by
// the blur (a message shown, a recommendation recomputed) waits for the release and runs in a task
// after it. The wizard's error reveal (wizard/useErrorReveal.ts) and the decision page's packet
// size (decision/DecisionPage.tsx) both go through here.
import { useCallback, useEffect, useRef } from 'react';

const PRESS_STARTS = ['pointerdown', 'mousedown'] as const;
const PRESS_ENDS = ['pointerup', 'pointercancel', 'mouseup', 'dragend'] as const;

/**
 * Calls `release` in a task after the pointer press under way ends (its click dispatched by then),
 * or at once when no press is under way. The returned function queues a call.
 */
export function useAfterPress(): (run: () => void) => void {
  const pressing = useRef(false);
  const queued = useRef<(() => void)[]>([]);
  useEffect(() => {
    const flush = () => {
      const runs = queued.current;
      queued.current = [];
      runs.forEach((run) => run());
    };
    const start = () => {
      pressing.current = true;
    };
    const end = () => {
      pressing.current = false;
      // The click is dispatched with the release, in the same task: run after it.
      window.setTimeout(() => {
        if (!pressing.current) flush();
      }, 0);
    };
    const leave = () => {
      pressing.current = false;
      flush();
    };
    PRESS_STARTS.forEach((type) => document.addEventListener(type, start, true));
    PRESS_ENDS.forEach((type) => document.addEventListener(type, end, true));
    // A release outside the window never reaches the document.
    window.addEventListener('blur', leave);
    return () => {
      PRESS_STARTS.forEach((type) => document.removeEventListener(type, start, true));
      PRESS_ENDS.forEach((type) => document.removeEventListener(type, end, true));
      window.removeEventListener('blur', leave);
    };
  }, []);
  return useCallback((run: () => void) => {
    if (pressing.current) queued.current.push(run);
    else run();
  }, []);
}
