/**
 * The check page's Compare: the running text against the new one, as the tool that applies the new
 * one takes it. A manifest goes through `kubectl apply` (diffManifests, as `milvus-mq diff`); Helm
 * values through `helm upgrade` (diffHelm, as `milvus-mq diff --helm`, with --reuse-values and the
 * chart versions as its flags). A manifest against values compares nothing: the message says which
 * text is which and what to paste.
 */
import type { Diagnostic } from '../findings/diagnostics.ts';
import { diffHelm, type HelmDiffOptions } from '../helm/diff.ts';
import { looksLikeHelmValues, readsAsResource } from '../helm/detect.ts';
import { diffManifests, type DiffPair } from './diff.ts';

export type CompareAs = 'manifest' | 'helm';

export interface Comparison {
  /** How both texts were read: the new text's reading, which the running text shares. */
  as: CompareAs;
  /** Problems of the running text itself (it cannot be read): it compares nothing then. */
  old: Diagnostic[];
  /** The consequences, at their place in the new text (with its own read problems). */
  new: Diagnostic[];
  /** The manifests' matched resources, with their switch plans (none for Helm values). */
  pairs: DiffPair[];
}

export type CompareResult = Comparison | { as: 'mixed'; message: string };

/** File names the Helm reports carry (the page shows places by line, not by file). */
const RUNNING_VALUES = 'running values';
const NEW_VALUES = 'new values';

const RUNNING_MANIFEST_SOURCE = 'kubectl get milvus NAME -o yaml';
const RUNNING_VALUES_SOURCE = 'helm get values RELEASE --all';

/** Why a manifest and a values file compare nothing, naming which is which and what to paste. */
export function mixedKindsMessage(nextAs: CompareAs): string {
  return nextAs === 'helm'
    ? `The running text is a Milvus manifest, and the text checked above is Helm values of the milvus chart: helm upgrade compares values with values. Paste the release's values here (${RUNNING_VALUES_SOURCE}), or check a manifest above to compare it with this one.`
    : `The running text is Helm values of the milvus chart, and the text checked above is a Milvus manifest: kubectl apply compares a manifest with the object it changes. Paste the running object here (${RUNNING_MANIFEST_SOURCE}), or check values above to compare them with these.`;
}

/**
 * `next` read as `nextAs` (the check's own reading: Auto or the page's switch) against `running`.
 * The running text is taken as the same kind unless it plainly is the other one: an object with
 * apiVersion or kind beside values, or chart values beside a manifest.
 */
export function compareTexts(
  running: string,
  next: string,
  nextAs: CompareAs,
  helmOptions: HelmDiffOptions = {},
): CompareResult {
  if (nextAs === 'helm') {
    if (readsAsResource(running)) return { as: 'mixed', message: mixedKindsMessage('helm') };
    const r = diffHelm(
      [{ kind: 'file', name: RUNNING_VALUES, text: running }],
      [{ kind: 'file', name: NEW_VALUES, text: next }],
      helmOptions,
    );
    return {
      as: 'helm',
      old: r.oldReports.flatMap((x) => x.diagnostics),
      new: r.reports.flatMap((x) => x.diagnostics),
      pairs: [],
    };
  }
  if (looksLikeHelmValues(running)) return { as: 'mixed', message: mixedKindsMessage('manifest') };
  return { as: 'manifest', ...diffManifests(running, next) };
}
