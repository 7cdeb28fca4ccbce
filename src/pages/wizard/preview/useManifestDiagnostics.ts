import { useMemo } from 'react';
import { toEditorMarker } from '../../../checkWorker/toEditorMarker.ts';
import { useWorkerCheck } from '../../../checkWorker/useWorkerCheck.ts';
import type { Diagnostic } from '../../../model/diagnostics.ts';
import type { EditorMarker } from '../../../editor/index.ts';

export interface ManifestDiagnostics {
  diagnostics: Diagnostic[];
  markers: EditorMarker[];
  /** The diagnostics are for an older text; a check of the current one is running. */
  checking: boolean;
}

/**
 * The checker's findings on the preview's text, from the checker's Web Worker: the form and the
 * preview never wait for the checker, and the checker's code stays out of the first page load.
 */
export function useManifestDiagnostics(text: string): ManifestDiagnostics {
  const { result, status } = useWorkerCheck(text, 'wizard');
  return useMemo(() => {
    const diagnostics = result?.diagnostics ?? [];
    return { diagnostics, markers: diagnostics.map(toEditorMarker), checking: status === 'checking' };
  }, [result, status]);
}
