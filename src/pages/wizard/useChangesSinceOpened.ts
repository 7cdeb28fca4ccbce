import { useDeferredValue, useMemo } from 'react';
import { diffManifests } from '../../model/change/diff.ts';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';

/**
 * The wizard opened from an existing manifest: the change rules between it and the manifest now
 * (the same findings as the check page's "Compare with the running manifest"). Null otherwise.
 * Used by the Review step only, so it costs nothing elsewhere.
 */
export function useChangesSinceOpened(openedFrom: string | undefined, text: string): Diagnostic[] | null {
  const deferred = useDeferredValue(text);
  return useMemo(() => {
    if (openedFrom === undefined) return null;
    try {
      return diffManifests(openedFrom, deferred).new;
    } catch {
      return null;
    }
  }, [openedFrom, deferred]);
}
