import { useMemo } from 'react';
import { useOperatorWebhook } from '../../../shared/operatorWebhook.ts';
import { toEditorMarker, type CheckedText, type EditorMarker } from '../../../editor/index.ts';
import { useWorkerCheck } from '../../../checkWorker/useWorkerCheck.ts';
import type { ResolvedResource } from '../../../model/checker/index.ts';
import type { Diagnostic } from '../../../model/diagnostics.ts';

export interface ManifestDiagnostics {
  diagnostics: Diagnostic[];
  markers: EditorMarker[];
  /** The check behind the markers, with its text: the preview's quick fixes (Ctrl+.). */
  checkedText: CheckedText | null;
  /** The operator's view of the preview's Milvus resource, for "What will run". */
  resolved: ResolvedResource[];
  /** The diagnostics are for an older text; a check of the current one is running. */
  checking: boolean;
}

/**
 * The checker's findings on the preview's text, from the checker's Web Worker: the form and the
 * preview never wait for the checker, and the checker's code stays out of the first page load.
 * It judges with the user's webhook preference, as the check page does.
 */
export function useManifestDiagnostics(text: string): ManifestDiagnostics {
  const [webhook] = useOperatorWebhook();
  const { result, status } = useWorkerCheck(text, 'wizard', { webhook });
  return useMemo(() => {
    const diagnostics = result?.diagnostics ?? [];
    return {
      diagnostics,
      markers: diagnostics.map(toEditorMarker),
      checkedText: result ? { text: result.text, diagnostics } : null,
      resolved: result?.resolved ?? [],
      checking: status === 'checking',
    };
  }, [result, status]);
}
