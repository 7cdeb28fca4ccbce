// Each wizard step has its own address (#/wizard/deployment ... #/wizard/review), so the browser's
// Back and Forward move between steps and a reload opens the step the user was on. The app's
// pages are hash routes (src/shared/routes.ts): #/wizard/<step> is still the wizard page.
import { useEffect, useRef } from 'react';
import { shareParamFromHash } from '../../model/wizard/shareLink.ts';
import { routePath } from '../../shared/routes.ts';
import { WIZARD_STEPS } from '../../model/wizard/steps.ts';

export function stepHash(index: number): string {
  return `${routePath('wizard')}/${(WIZARD_STEPS[index] ?? WIZARD_STEPS[0]).id}`;
}

/** The step a hash names (#/wizard/settings -> 2), or null when it names none. */
export function stepFromHash(hash: string): number | null {
  const prefix = `${routePath('wizard')}/`;
  if (!hash.startsWith(prefix)) return null;
  const id = hash.slice(prefix.length).split(/[?/]/)[0];
  const index = WIZARD_STEPS.findIndex((s) => s.id === id);
  return index === -1 ? null : index;
}

/**
 * Keeps the address on the current step: a move to another step adds a history entry; Back and
 * Forward (or an edited address) open the step they name, as far as the user has reached.
 */
export function useStepRoute(step: number, reached: number, goTo: (index: number) => void): void {
  const first = useRef(true);
  useEffect(() => {
    const hash = window.location.hash;
    // A share link is read and cleared by the wizard; its address is left alone until then.
    if (shareParamFromHash(hash) !== null || stepFromHash(hash) === step) {
      first.current = false;
      return;
    }
    const url = `${window.location.pathname}${window.location.search}${stepHash(step)}`;
    // The first address of the page only names its step; later moves are entries of their own.
    if (first.current) window.history.replaceState(window.history.state, '', url);
    else window.history.pushState(null, '', url);
    first.current = false;
  }, [step]);

  const latest = useRef({ step, reached, goTo });
  useEffect(() => {
    latest.current = { step, reached, goTo };
  });
  useEffect(() => {
    const onMove = () => {
      const wanted = stepFromHash(window.location.hash);
      const { step: now, reached: far, goTo: open } = latest.current;
      if (wanted === null || wanted === now) return;
      const target = Math.min(wanted, far);
      open(target);
      // A step not reached yet cannot be opened from the address: show where the user is.
      if (target !== wanted) window.history.replaceState(window.history.state, '', stepHash(target));
    };
    window.addEventListener('popstate', onMove);
    window.addEventListener('hashchange', onMove);
    return () => {
      window.removeEventListener('popstate', onMove);
      window.removeEventListener('hashchange', onMove);
    };
  }, []);
}
