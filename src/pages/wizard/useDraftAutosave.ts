// The wizard's draft in localStorage: read once when the wizard opens, saved shortly after each
// change. What a draft may not keep (passwords) is left out and named, so a reload can say so.
import { useEffect } from 'react';
import {
  DRAFT_STORAGE_KEY,
  draftToSave,
  serializeDraft,
  type Draft,
  type DraftTextTools,
} from '../../model/wizard/draft.ts';
import { loadParsing, loadedParsing } from './yamlParsing.ts';

const DRAFT_DEBOUNCE_MS = 300;

export function readDraft(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies): the wizard then simply has no draft.
    return null;
  }
}

export function writeDraft(text: string | null): void {
  try {
    if (text === null) window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    else window.localStorage.setItem(DRAFT_STORAGE_KEY, text);
  } catch {
    // See readDraft.
  }
}

function save(draft: Draft, tools: DraftTextTools | null): void {
  writeDraft(serializeDraft(draftToSave(draft, tools), tools?.textHasSecrets ?? null));
}

/**
 * Saves the draft shortly after it changes (a newer draft cancels an older one not yet saved);
 * not while `paused` (a saved draft waits for the user's choice).
 */
export function useDraftAutosave(draft: Draft, paused: boolean): void {
  const { values, yamlText, step, reached, importedFrom } = draft;
  useEffect(() => {
    if (paused) return;
    let live = true;
    const current = { values, yamlText, step, reached, importedFrom };
    const timer = window.setTimeout(() => {
      // A text is kept only once checked for secrets, which needs the YAML parser: a draft with
      // text waits for it.
      const parsing = loadedParsing();
      if (current.yamlText === undefined || parsing) {
        save(current, parsing);
        return;
      }
      loadParsing().then(
        (tools) => {
          if (live) save(current, tools);
        },
        () => {
          // Without the parser the text cannot be checked: the draft keeps the values only.
          if (live) save(current, null);
        },
      );
    }, DRAFT_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [values, yamlText, step, reached, importedFrom, paused]);
}
