// Keeps the form and the YAML preview in step, both ways.
//
// Form -> YAML: every change of the form regenerates the YAML at once (no debounce: generating is
// sub-millisecond). Before the user edits the YAML, the preview is the fresh generated manifest
// with its comments; after, the user's own text is the merge base, so keys and comments the wizard
// does not model survive every later form change.
//
// YAML -> form: an edit is read after a pause in typing (EDIT_PAUSE_MS), so the half-typed states
// in between never reach the form (a line half typed under `msgStreamType: kafka` would read as
// another storage). A text that imports cleanly then resets the form to what it says, without
// regenerating over the user's text. While the text is not valid, the form keeps its last good
// settings, the problem is shown with its line, and the text is never overwritten. A form change
// made during the pause reads the pending text first, then applies over it.
//
// Reading YAML needs the parser, which loads on demand (yamlParsing.ts) right after mount. A text
// that comes before it (a restored draft or share link, or a very early edit) shows at once and is
// read when the parser arrives, as if it had been read then: later form changes are applied over
// it, and the newest state always wins. Once the parser is there, everything is synchronous.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { WizardValues, WizardValuesInput } from '../../model/wizard/values/values.ts';
import {
  NO_READER,
  afterEdit,
  afterFormChange,
  previewState,
  readUnread,
  yamlFor,
  type PreviewState,
  type Step,
} from './previewState.ts';
import { loadParsing, loadedParsing, type Parsing } from './yamlParsing.ts';

/** How long the editor must be still before its text is read into the form. */
export const EDIT_PAUSE_MS = 400;

export type { UnreadText, YamlProblem } from './previewState.ts';

export interface PreviewSync extends PreviewState {
  /** The editor's onChange: valid text resets the form to what it says; invalid text is kept as typed. */
  onEditorChange: (text: string) => void;
  /** Replaces an invalid text with the YAML of the form (on the last valid text of the user). */
  replaceWithFormYaml: () => void;
  /** Puts the form and the preview to these values, dropping the user's text. */
  resetTo: (values: WizardValues, text?: string) => void;
  /** Reads a YAML edit still waiting for its pause in typing, now. */
  flushPendingRead: () => void;
  /**
   * The state once its text is written and read: waits for the YAML module when a text is still
   * unread (a fresh manifest is '' until then), and reads an edit waiting for its pause at once.
   * What Download, Copy and the share link act on, so a click made before the YAML exists is
   * never lost and never saves an empty file.
   */
  written: () => Promise<PreviewState>;
}

type WizardForm = UseFormReturn<WizardValuesInput, unknown, WizardValues>;

export function usePreviewSync(
  form: WizardForm,
  start: { values: WizardValues; text?: string },
  /** Called when the form is reset from a text the user typed, pasted or restored. */
  onTextRead?: () => void,
): PreviewSync {
  const [state, setState] = useState(() => previewState(start.values, start.text, loadedParsing()));
  // The newest state, for the handlers and for a parser that arrives late: every change reads it
  // and writes it at once, so an older state never overwrites a newer one.
  const latest = useRef(state);
  // Set while the form is reset from the YAML, so that reset does not regenerate the YAML.
  const applyingText = useRef(false);
  const textRead = useRef(onTextRead);
  useEffect(() => {
    textRead.current = onTextRead;
  });

  const resetForm = useCallback(
    (values: WizardValues) => {
      applyingText.current = true;
      try {
        form.reset(values);
      } finally {
        applyingText.current = false;
      }
      // Show every problem of what was loaded, not only those of fields the user touches later.
      textRead.current?.();
      void form.trigger();
    },
    [form],
  );

  const apply = useCallback(
    ({ state: next, reset }: Step) => {
      if (next !== latest.current) {
        latest.current = next;
        setState(next);
      }
      if (reset) resetForm(reset);
    },
    [resetForm],
  );

  const read = useCallback(
    (parsing: Parsing) => {
      if (latest.current.unread) apply(readUnread(latest.current, parsing));
    },
    [apply],
  );

  /** Loads the parser and reads any unread text; settles when that is done (or has failed). */
  const readWhenLoaded = useCallback(
    () =>
      loadParsing().then(read, (error: unknown) => {
        console.warn('The YAML reader could not load.', error);
        const s = latest.current;
        if (s.unread) apply({ state: { ...s, unread: null, problem: NO_READER, formAhead: false } });
      }),
    [read, apply],
  );

  /** The parser if it has loaded, with any unread text read first; else null (and it is on its way). */
  const parser = useCallback((): Parsing | null => {
    const parsing = loadedParsing();
    if (parsing) read(parsing);
    return parsing;
  }, [read]);

  /** Applies a step; text left unread is read once the parser arrives. */
  const commit = useCallback(
    (step: Step) => {
      apply(step);
      if (step.state.unread && !loadedParsing()) void readWhenLoaded();
    },
    [apply, readWhenLoaded],
  );

  // Load the parser right after mount, long before a user edits the YAML; read a restored text.
  useEffect(() => {
    void readWhenLoaded();
  }, [readWhenLoaded]);

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: raw }) => {
        if (applyingText.current) return;
        const parsing = parser();
        commit({ state: afterFormChange(latest.current, raw, parsing) });
      },
    });
  }, [form, parser, commit]);

  const pendingRead = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(pendingRead.current), []);

  const readPending = useCallback(() => {
    pendingRead.current = undefined;
    const parsing = loadedParsing();
    if (parsing) read(parsing);
    else void readWhenLoaded();
  }, [read, readWhenLoaded]);

  const onEditorChange = useCallback(
    (text: string) => {
      // Shown (and downloaded) as typed at once, as if the parser were not there; read when the typing pauses.
      apply(afterEdit(latest.current, text, null));
      window.clearTimeout(pendingRead.current);
      pendingRead.current = window.setTimeout(readPending, EDIT_PAUSE_MS);
    },
    [apply, readPending],
  );

  /**
   * Reads an edit still waiting for its pause now: called when the user turns to the form, so that
   * the text's settings reach the form before the user changes one of them (a read landing after
   * that change would reset the form to the text and undo the choice).
   */
  const flushPendingRead = useCallback(() => {
    if (pendingRead.current === undefined) return;
    window.clearTimeout(pendingRead.current);
    readPending();
  }, [readPending]);

  const written = useCallback(async (): Promise<PreviewState> => {
    flushPendingRead();
    if (latest.current.unread) await readWhenLoaded();
    return latest.current;
  }, [flushPendingRead, readWhenLoaded]);

  const replaceWithFormYaml = useCallback(() => {
    const parsing = parser();
    const s = latest.current;
    const cleared = { ...s, problem: null, formAhead: false };
    commit({
      state: parsing
        ? { ...cleared, text: yamlFor(s.values, s.userText, parsing), unread: null }
        : { ...cleared, unread: { from: 'fresh', values: s.values } },
    });
  }, [parser, commit]);

  const resetTo = useCallback(
    (values: WizardValues, text?: string) => {
      commit({ state: previewState(values, text, loadedParsing()), reset: values });
    },
    [commit],
  );

  return { ...state, onEditorChange, replaceWithFormYaml, resetTo, flushPendingRead, written };
}
