import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useOperatorWebhook } from '../../../shared/operatorWebhook.ts';
import { toEditorMarker, type CheckedText, type EditorMarker } from '../../../editor/index.ts';
import { useWorkerCheck, type CheckStatus } from '../../../checkWorker/useWorkerCheck.ts';
import type { ResolvedResource } from '../../../model/operator/checker/index.ts';
import type { Diagnostic } from '../../../model/findings/diagnostics.ts';
import type { InputChoice } from '../../../checkWorker/workerProtocol.ts';

/** The checker's verdict on one text: its findings, or none ('failed': the checker could not say). */
export type Verdict = { diagnostics: Diagnostic[] } | 'failed' | 'superseded';

export interface ManifestDiagnostics {
  diagnostics: Diagnostic[];
  markers: EditorMarker[];
  /** The check behind the markers, with its text: the preview's quick fixes (Ctrl+.). */
  checkedText: CheckedText | null;
  /** The operator's view of the preview's Milvus resource, for "What will run". */
  resolved: ResolvedResource[];
  /** The diagnostics are for an older text; a check of the current one is running. */
  checking: boolean;
  /**
   * The verdict on `text` once the checker has given it; 'superseded' when the preview moved on to
   * another text first (ask again with the newer one).
   */
  verdictOn: (text: string) => Promise<Verdict>;
}

interface Waiter {
  text: string;
  /** The preview has shown this text: a later other text supersedes it. */
  seen: boolean;
  resolve: (verdict: Verdict) => void;
}

interface Now {
  text: string;
  status: CheckStatus;
  diagnostics: Diagnostic[];
}

/** The verdict for a waiter as things are now, or null to keep waiting. */
function verdictNow(waiter: Waiter, now: Now): Verdict | null {
  if (now.text !== waiter.text) return waiter.seen ? 'superseded' : null;
  waiter.seen = true;
  if (now.status === 'checking') return null;
  if (now.status === 'failed') return 'failed';
  return { diagnostics: now.status === 'empty' ? [] : now.diagnostics };
}

/**
 * The checker's findings on the preview's text, from the checker's Web Worker: the form and the
 * preview never wait for the checker, and the checker's code (the operator's and the chart's) stays
 * out of the first page load. A manifest is judged with the user's webhook preference, as the
 * check page does; Helm values (`input`) against the chart version the install command pins, with
 * what that command passes from the environment. What the user takes away (Download) waits for
 * the verdict on its own text through `verdictOn`.
 */
export function useManifestDiagnostics(text: string, input?: InputChoice): ManifestDiagnostics {
  const [webhook] = useOperatorWebhook();
  const { result, status } = useWorkerCheck(text, 'wizard', { webhook }, input);
  const now = useRef<Now>({ text, status, diagnostics: [] });
  const waiters = useRef<Waiter[]>([]);

  useEffect(() => {
    now.current = { text, status, diagnostics: result?.diagnostics ?? [] };
    waiters.current = waiters.current.filter((waiter) => {
      const verdict = verdictNow(waiter, now.current);
      if (verdict !== null) waiter.resolve(verdict);
      return verdict === null;
    });
  }, [text, status, result]);

  const verdictOn = useCallback(
    (wanted: string) =>
      new Promise<Verdict>((resolve) => {
        const waiter: Waiter = { text: wanted, seen: false, resolve };
        const verdict = verdictNow(waiter, now.current);
        if (verdict === null) waiters.current.push(waiter);
        else resolve(verdict);
      }),
    [],
  );

  return useMemo(() => {
    const diagnostics = result?.diagnostics ?? [];
    return {
      diagnostics,
      markers: diagnostics.map(toEditorMarker),
      checkedText: result ? { text: result.text, diagnostics } : null,
      resolved: result?.as === 'manifest' ? result.resolved : [],
      checking: status === 'checking',
      verdictOn,
    };
  }, [result, status, verdictOn]);
}
