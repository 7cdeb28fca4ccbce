// What Download, Copy and the share link act on: the preview's text once it is written, never the
// '' a fresh preview holds while the YAML module loads (a click made then waits for it, and is not
// lost), with the reasons to ask before a download (a text the form cannot follow, or the
// checker's errors on exactly that text).
import { useCallback } from 'react';
import type { Diagnostic } from '../../../model/findings/diagnostics.ts';
import type { WizardValues } from '../../../model/wizard/values/values.ts';
import { NO_READER, downloadBlocker, editedTextOf, type PreviewState } from '../previewState.ts';
import type { Verdict } from '../preview/useManifestDiagnostics.ts';

/** Why a download asks first: a sentence, and the errors it is about (each "Line N: message"). */
export interface Blocker {
  reason: string;
  items: string[];
}

export type Output =
  | {
      ok: true;
      text: string;
      values: WizardValues;
      /** The user's own text, when they edited it (see editedTextOf). */
      editedText: string | undefined;
      /** Why the download should ask first, or null. */
      blocker: Blocker | null;
    }
  | { ok: false; reason: string };

/** The output when it exists; `checked` adds the checker's verdict (Download waits for it). */
export type OutputSource = (options?: { checked?: boolean }) => Promise<Output>;

/** How many times the text may move on under a waiting download before it takes the latest as is. */
const MAX_SUPERSEDED = 5;

const NOT_WRITTEN =
  'The YAML could not be written: the YAML library did not load. Reload the page to try again (the draft is kept).';

/** The checker's errors as a reason to ask before a download, or null when there is none. */
export function checkerBlocker(diagnostics: readonly Diagnostic[], what = 'this manifest'): Blocker | null {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const count = errors.length === 1 ? 'an error' : `${errors.length} errors`;
  return {
    reason: `The checker finds ${count} in ${what}: as written, it does not run what you meant.`,
    items: errors.map((d) => `Line ${d.line} (${d.code}): ${d.message}`),
  };
}

function yamlBlocker(state: PreviewState): Blocker | null {
  if (state.text.trim() === '') return { reason: 'The YAML is empty.', items: [] };
  const reason = downloadBlocker(state.problem);
  return reason === null ? null : { reason, items: [] };
}

export function useOutputSource(
  written: () => Promise<PreviewState>,
  verdictOn: (text: string) => Promise<Verdict>,
): OutputSource {
  return useCallback(
    async ({ checked = false } = {}) => {
      for (let tries = 0; ; tries += 1) {
        const state = await written();
        if (state.problem === NO_READER && state.text === '') return { ok: false, reason: NOT_WRITTEN };
        const output = {
          ok: true as const,
          text: state.text,
          values: state.values,
          editedText: editedTextOf(state),
        };
        const blocker = yamlBlocker(state);
        if (!checked || blocker) return { ...output, blocker };
        const verdict = await verdictOn(state.text);
        if (verdict === 'superseded' && tries < MAX_SUPERSEDED) continue;
        const what = state.values.target === 'helm' ? 'these Helm values' : 'this manifest';
        const found = typeof verdict === 'object' ? checkerBlocker(verdict.diagnostics, what) : null;
        return { ...output, blocker: found };
      }
    },
    [written, verdictOn],
  );
}
