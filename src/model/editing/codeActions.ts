/**
 * The checker's fixes as code actions: for each finding with a fix, the text edits that make it,
 * over the text that was checked. One module for every editor: the language server
 * (`milvus-mq lsp`) and the pages' Monaco editor (Ctrl+.) both turn these into their own types,
 * so a fix is written once, in the checker (findings/fixes.ts, through yaml's Document API so
 * comments stay).
 */
import type { Diagnostic } from '../findings/diagnostics.ts';
import { applyFixes, safeFixes, type FixRequest } from '../findings/fixes.ts';
import { lineReplacements, type TextReplacement } from './textDiff.ts';

export type { TextReplacement } from './textDiff.ts';

export interface CodeAction {
  /** The fix's own title, as the check page's button says it. */
  title: string;
  /** A safe fix changes nothing the user meant: an editor may offer it first (LSP `isPreferred`). */
  preferred: boolean;
  /** The findings this action fixes (one for a quick fix; every safe one for "all safe fixes"). */
  diagnostics: Diagnostic[];
  /** In order, not overlapping, as UTF-16 offsets into the text that was checked. */
  edits: TextReplacement[];
}

/** Lines, 1-based and inclusive, as the checker counts them. */
export interface LineSpan {
  line: number;
  endLine: number;
}

/**
 * The edits of `requests` applied together to `text`: only the lines the fixes change, each
 * trimmed to what differs, so the rest of the text stays byte for byte. Empty when the fixes no
 * longer fit the text (an edit whose node is gone is skipped by applyFixes).
 */
export function fixEdits(text: string, requests: readonly FixRequest[]): TextReplacement[] {
  return lineReplacements(text, applyFixes(text, requests));
}

/** Does the finding sit on any of these lines? */
function touches(d: Diagnostic, span: LineSpan): boolean {
  return d.line <= span.endLine && (d.endLine ?? d.line) >= span.line;
}

/**
 * The quick fixes for the findings on the lines `span` (where the cursor or selection is): one
 * action per distinct fix, safe ones first. `diagnostics` must be the check of `text` itself.
 */
export function quickFixesAt(text: string, diagnostics: readonly Diagnostic[], span: LineSpan): CodeAction[] {
  const actions: CodeAction[] = [];
  const seen = new Map<string, CodeAction>();
  for (const d of diagnostics) {
    if (!d.fix || !touches(d, span)) continue;
    const key = JSON.stringify([d.documentIndex, d.fix.edits]);
    const same = seen.get(key);
    if (same) {
      same.diagnostics.push(d);
      continue;
    }
    const edits = fixEdits(text, [{ documentIndex: d.documentIndex, fix: d.fix }]);
    if (edits.length === 0) continue;
    const action: CodeAction = { title: d.fix.title, preferred: d.fix.safe, diagnostics: [d], edits };
    seen.set(key, action);
    actions.push(action);
  }
  return actions.sort((x, y) => Number(y.preferred) - Number(x.preferred));
}

export const ALL_SAFE_FIXES_TITLE = 'Apply all safe fixes';

/** Every safe fix of the text as one action (the check page's "Apply all safe fixes"), or null. */
export function allSafeFixes(text: string, diagnostics: readonly Diagnostic[]): CodeAction | null {
  const requests = safeFixes(diagnostics);
  if (requests.length === 0) return null;
  const edits = fixEdits(text, requests);
  if (edits.length === 0) return null;
  return {
    title: ALL_SAFE_FIXES_TITLE,
    preferred: false,
    diagnostics: diagnostics.filter((d) => d.fix?.safe),
    edits,
  };
}
