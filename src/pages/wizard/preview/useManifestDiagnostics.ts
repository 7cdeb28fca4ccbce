import { useDeferredValue, useMemo } from 'react';
import { checkManifest } from '../../../model/checker/index.ts';
import type { Diagnostic } from '../../../model/diagnostics.ts';
import type { EditorMarker } from '../../../editor/index.ts';

export interface ManifestDiagnostics {
  diagnostics: Diagnostic[];
  markers: EditorMarker[];
}

/**
 * The checker's findings on the preview's text. Deferred, so typing stays responsive: React
 * re-checks when it has time, and the form never waits for the checker.
 */
export function useManifestDiagnostics(text: string): ManifestDiagnostics {
  const deferred = useDeferredValue(text);
  return useMemo(() => {
    const { diagnostics } = checkManifest(deferred);
    const markers = diagnostics.map((d): EditorMarker => ({
      severity: d.severity,
      message: d.message,
      line: d.line,
      column: d.column,
      ...(d.endLine === undefined ? {} : { endLine: d.endLine }),
      ...(d.endColumn === undefined ? {} : { endColumn: d.endColumn }),
      code: d.code,
    }));
    return { diagnostics, markers };
  }, [deferred]);
}
