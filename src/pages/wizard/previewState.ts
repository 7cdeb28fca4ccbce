// The preview's state and how each event changes it, without React (usePreviewSync wires these
// to the form and the editor). The YAML module (reader and writer) is a parameter: null while it
// is still loading, when a text is kept unread and read later by readUnread, as if it had been
// read when it came; a fresh manifest is written then too. The install target is one too: the
// same steps read and write an operator manifest or the chart's values.yaml (readText, yamlFor).
import type { ImportResult } from '../../model/operator/wizard/import.ts';
import type { WizardValues } from '../../model/wizard/values/values.ts';
import { lenientValues } from '../../model/wizard/lenientValues.ts';
import { applyDiff, diffFrom } from '../../model/wizard/valuesDiff.ts';
import type { Parsing } from './yamlParsing.ts';

export interface YamlProblem {
  message: string;
  line?: number | undefined;
  column?: number | undefined;
  /** The file's msgStreamType when it is one Milvus does not know: the form keeps its own storage. */
  storageInFile?: string | undefined;
}

/** A text shown before the YAML parser arrived; it is read when the parser does. */
export interface UnreadText {
  /**
   * 'session': restored with a draft or share link (the form holds its values); 'editor': typed;
   * 'fresh': no text yet, the form's values are to be written as a fresh manifest.
   */
  from: 'session' | 'editor' | 'fresh';
  /** The values when the text came: form changes made since are applied over what it says. */
  values: WizardValues;
}

export interface PreviewState {
  /** What the preview shows (and what is downloaded). */
  text: string;
  /** The user's last valid text: the merge base. null until the user edits the YAML. */
  userText: string | null;
  /** The values the text stands for (the form's, with invalid fields left as they were). */
  values: WizardValues;
  /** Why the current text cannot be read, when it cannot. */
  problem: YamlProblem | null;
  /** The form changed while the text was invalid: those changes are not in the text yet. */
  formAhead: boolean;
  /** The text waits for the YAML parser, which is still loading. */
  unread: UnreadText | null;
}

/** A new state, and the values the form is to be reset to, when it is. */
export interface Step {
  state: PreviewState;
  reset?: WizardValues;
}

const sameValues = (a: WizardValues, b: WizardValues) => JSON.stringify(a) === JSON.stringify(b);

export const NO_READER: YamlProblem = {
  message:
    'The YAML reader could not load, so the form cannot follow this text. Reload the page to try again.',
};

function problemOf(result: Extract<ImportResult, { ok: false }>): YamlProblem {
  return { message: result.error, line: result.line, column: result.column };
}

/**
 * A text's reading, as the form may take it, by the reader of the target `base` is on (a manifest:
 * import.ts; Helm values: helm/wizard/importValues.ts, which keeps what it does not read from
 * `base`). A text whose msgStreamType is not a storage Milvus knows (a value half typed, or a
 * typo) is not taken either: the importer would show the operator's default storage instead, and
 * the form would jump to a storage the file does not name.
 */
function readText(
  text: string,
  parsing: Parsing,
  base: WizardValues,
): { ok: true; result: Extract<ImportResult, { ok: true }> } | { ok: false; problem: YamlProblem } {
  const result = base.target === 'helm' ? parsing.importHelmValues(text, base) : parsing.importManifest(text);
  if (!result.ok) return { ok: false, problem: problemOf(result) };
  const unknown = result.unknownMsgStreamType;
  if (unknown !== undefined) {
    return {
      ok: false,
      problem: {
        message: `msgStreamType "${unknown}" is not a message storage Milvus knows (rocksmq, natsmq, pulsar, kafka or woodpecker).`,
        storageInFile: unknown,
      },
    };
  }
  return { ok: true, result };
}

/**
 * The YAML of the values: fresh, or merged into the user's text (the YAML module has loaded): a
 * manifest, or for Helm the chart's values file (helm/write/mergeValues.ts).
 */
export function yamlFor(values: WizardValues, userText: string | null, parsing: Parsing): string {
  if (values.target === 'helm')
    return userText === null ? parsing.helmOutput(values).text : parsing.mergeHelmValues(values, userText);
  return userText === null ? parsing.generateYaml(values) : parsing.generateOrMerge(values, userText);
}

/** The preview of values, optionally over the user's own text (read later when the parser is not there yet). */
export function previewState(
  restored: WizardValues,
  text: string | undefined,
  parsing: Parsing | null,
): PreviewState {
  const values = lenientValues(restored, restored);
  const state = { text: text ?? '', userText: null, values, problem: null, formAhead: false, unread: null };
  if (text === undefined) {
    return parsing
      ? { ...state, text: yamlFor(values, null, parsing) }
      : { ...state, unread: { from: 'fresh', values } };
  }
  if (!parsing) return { ...state, unread: { from: 'session', values } };
  const read = readText(text, parsing, values);
  if (!read.ok) return { ...state, problem: read.problem };
  return { ...state, userText: text };
}

export function afterFormChange(s: PreviewState, raw: unknown, parsing: Parsing | null): PreviewState {
  const values = lenientValues(raw, s.values);
  if (sameValues(values, s.values)) return s;
  // Another install target writes another file: the user's text of the old one is no merge base.
  if (values.target !== s.values.target)
    return previewState(values, undefined, s.unread || !parsing ? null : parsing);
  if (s.problem) return { ...s, values, formAhead: true };
  // An unread text is the merge base: the change is merged when the text is read.
  if (s.unread || !parsing) return { ...s, values, unread: s.unread ?? { from: 'fresh', values: s.values } };
  return { ...s, values, text: yamlFor(values, s.userText, parsing) };
}

export function afterEdit(s: PreviewState, text: string, parsing: Parsing | null): Step {
  if (!parsing) return { state: { ...s, text, unread: { from: 'editor', values: s.values } } };
  const read = readText(text, parsing, s.values);
  if (!read.ok) return { state: { ...s, text, problem: read.problem, unread: null } };
  const { result } = read;
  const values = lenientValues(result.values, result.values);
  const shown = parsing.refreshHeadlineText(text, values);
  return {
    state: { text: shown, userText: shown, values, problem: null, formAhead: false, unread: null },
    reset: result.values,
  };
}

/** Reads the unread text as if the parser had been there when it came, then applies later form changes. */
export function readUnread(s: PreviewState, parsing: Parsing): Step {
  const { unread } = s;
  if (!unread) return { state: s };
  if (unread.from === 'fresh') {
    const text = yamlFor(s.values, s.userText, parsing);
    return { state: { ...s, text, unread: null } };
  }
  const changedSince = !sameValues(s.values, unread.values);
  const reading = readText(s.text, parsing, unread.values);
  if (!reading.ok) {
    return { state: { ...s, unread: null, problem: reading.problem, formAhead: changedSince } };
  }
  const { result } = reading;
  const read = { ...s, userText: s.text, problem: null, formAhead: false, unread: null };
  if (unread.from === 'session') {
    // The form already holds the session's values.
    return { state: changedSince ? { ...read, text: yamlFor(s.values, s.text, parsing) } : read };
  }
  const imported = lenientValues(result.values, result.values);
  if (!changedSince) {
    // The wizard's headline comment follows a storage (or mode, version) changed in the YAML.
    const shown = parsing.refreshHeadlineText(s.text, imported);
    return { state: { ...read, text: shown, userText: shown, values: imported }, reset: result.values };
  }
  const raw = applyDiff(result.values, diffFrom(s.values, unread.values));
  const values = lenientValues(raw, imported);
  return { state: { ...read, values, text: yamlFor(values, s.text, parsing) }, reset: raw };
}

/**
 * The user's own YAML (valid, invalid or not read yet), when they edited it: what drafts and links
 * carry. A fresh manifest not written yet is nobody's text: its '' kept in a draft would come back
 * as an empty file the form cannot read, in place of the manifest of the draft's values.
 */
export function editedTextOf(s: PreviewState): string | undefined {
  const unreadText = s.unread !== null && s.unread.from !== 'fresh';
  return s.userText !== null || s.problem !== null || unreadText ? s.text : undefined;
}

/**
 * Why the text should not be downloaded as it is, or null. A text the form cannot follow (a syntax
 * error, a storage Milvus does not know) is still the user's: the download warns, and allows it.
 */
export function downloadBlocker(problem: YamlProblem | null): string | null {
  if (!problem || problem === NO_READER) return null;
  if (problem.storageInFile !== undefined) {
    return `msgStreamType "${problem.storageInFile}" is not a message storage Milvus knows: the operator refuses this manifest (or Milvus fails to start).`;
  }
  const where =
    problem.line === undefined || /^Line \d+/.test(problem.message) ? '' : `Line ${problem.line}: `;
  return `This YAML has a syntax error (${where}${problem.message}): kubectl will refuse it.`;
}
