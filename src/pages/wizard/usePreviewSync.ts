// Keeps the form and the YAML preview in step, both ways.
//
// Form -> YAML: every change of the form regenerates the YAML at once (no debounce: generating is
// sub-millisecond). Before the user edits the YAML, the preview is the fresh generated manifest
// with its comments; after, the user's own text is the merge base, so keys and comments the wizard
// does not model survive every later form change.
//
// YAML -> form: an edit that imports cleanly resets the form to what the text says, without
// regenerating over the user's text. While the text is not valid, the form stays as it was, the
// problem is shown with its line, and the text is never overwritten.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import { generateYaml } from '../../model/generate.ts';
import { importManifest, type ImportResult } from '../../model/import.ts';
import type { WizardValues, WizardValuesInput } from '../../model/values.ts';
import { lenientValues } from '../../model/wizard/lenientValues.ts';

export interface YamlProblem {
  message: string;
  line?: number | undefined;
  column?: number | undefined;
}

interface PreviewState {
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
}

export interface PreviewSync extends PreviewState {
  /** The editor's onChange: valid text resets the form to what it says; invalid text is kept as typed. */
  onEditorChange: (text: string) => void;
  /** Replaces an invalid text with the YAML of the form (on the last valid text of the user). */
  replaceWithFormYaml: () => void;
  /** Puts the form and the preview to these values, dropping the user's text. */
  resetTo: (values: WizardValues, text?: string) => void;
}

type WizardForm = UseFormReturn<WizardValuesInput, unknown, WizardValues>;

const sameValues = (a: WizardValues, b: WizardValues) => JSON.stringify(a) === JSON.stringify(b);

function problemOf(result: Extract<ImportResult, { ok: false }>): YamlProblem {
  return { message: result.error, line: result.line, column: result.column };
}

/** The preview of values, optionally over the user's own text. */
export function previewState(restored: WizardValues, text?: string): PreviewState {
  const values = lenientValues(restored, restored);
  if (text === undefined) {
    return { text: generateYaml(values), userText: null, values, problem: null, formAhead: false };
  }
  const imported = importManifest(text);
  if (!imported.ok) return { text, userText: null, values, problem: problemOf(imported), formAhead: false };
  return { text, userText: text, values, problem: null, formAhead: false };
}

export function usePreviewSync(form: WizardForm, initial: () => PreviewState): PreviewSync {
  const [state, setState] = useState(initial);
  // Set while the form is reset from the YAML, so that reset does not regenerate the YAML.
  const applyingText = useRef(false);

  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ values: raw }) => {
        if (applyingText.current) return;
        setState((s) => {
          const values = lenientValues(raw, s.values);
          if (sameValues(values, s.values)) return s;
          if (s.problem) return { ...s, values, formAhead: true };
          return { ...s, values, text: generateYaml(values, s.userText ?? undefined) };
        });
      },
    });
  }, [form]);

  const resetForm = useCallback(
    (values: WizardValues) => {
      applyingText.current = true;
      try {
        form.reset(values);
      } finally {
        applyingText.current = false;
      }
      // Show every problem of what was loaded, not only those of fields the user touches later.
      void form.trigger();
    },
    [form],
  );

  const onEditorChange = useCallback(
    (text: string) => {
      const result = importManifest(text);
      if (!result.ok) {
        setState((s) => ({ ...s, text, problem: problemOf(result) }));
        return;
      }
      const values = lenientValues(result.values, result.values);
      setState({ text, userText: text, values, problem: null, formAhead: false });
      resetForm(result.values);
    },
    [resetForm],
  );

  const replaceWithFormYaml = useCallback(() => {
    setState((s) => ({
      ...s,
      text: generateYaml(s.values, s.userText ?? undefined),
      problem: null,
      formAhead: false,
    }));
  }, []);

  const resetTo = useCallback(
    (values: WizardValues, text?: string) => {
      const next = previewState(values, text);
      setState(next);
      resetForm(values);
    },
    [resetForm],
  );

  return { ...state, onEditorChange, replaceWithFormYaml, resetTo };
}
