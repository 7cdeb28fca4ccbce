// The wizard's draft in localStorage: read once when the wizard opens, saved shortly after each
// change. What a draft may not keep (passwords) is left out and named, so a reload can say so. A
// saved draft that a share link would replace is kept until the user chooses between the two.
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  DRAFT_STORAGE_KEY,
  draftToSave,
  serializeDraft,
  type Draft,
  type DraftTextTools,
} from '../../model/wizard/draft.ts';
import type { Session } from '../../model/wizard/session.ts';
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
 * not while `paused` (a saved draft waits for the user's choice). A change still waiting for its
 * pause is saved at once when the wizard closes (another page opened) or the page goes away
 * (reload, tab closed), so a choice made just before is not lost.
 */
export function useDraftAutosave(draft: Draft, paused: boolean): void {
  const { values, yamlText, step, reached, importedFrom } = draft;
  const pending = useRef<(() => void) | null>(null);
  const closing = useRef(false);
  // Declared first, so that on close it saves before the effect below drops the waiting save.
  useEffect(() => {
    closing.current = false;
    const flush = () => pending.current?.();
    window.addEventListener('pagehide', flush);
    return () => {
      closing.current = true;
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, []);
  useEffect(() => {
    if (paused) return;
    let live = true;
    const current = { values, yamlText, step, reached, importedFrom };
    const saveNow = () => {
      pending.current = null;
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
    };
    pending.current = saveNow;
    const timer = window.setTimeout(saveNow, DRAFT_DEBOUNCE_MS);
    return () => {
      // A newer draft replaces this one; a closing wizard has none, so a save waiting for the parser still lands.
      if (!closing.current) live = false;
      window.clearTimeout(timer);
      if (pending.current === saveNow) pending.current = null;
    };
  }, [values, yamlText, step, reached, importedFrom, paused]);
}

export interface DisplacedDraft {
  /** The saved draft as stored. */
  text: string;
  /** The user chose the link's settings, which have been saved over it since. */
  replaced: boolean;
}

export interface DraftPersistence {
  /** The saved draft a share link replaced, while the user may still take it back. */
  displaced: DisplacedDraft | null;
  /** Keeps the link's settings; they become the draft, and the old draft stays restorable. */
  keepLink: () => void;
  dismiss: () => void;
  /** A session opened in place of the current one (its own displaced draft, if any). */
  showSession: (next: Session) => void;
  /** Forgets the saved draft (start over). */
  discard: () => void;
}

const displacedOf = (session: Session): DisplacedDraft | null =>
  session.displacedDraft ? { text: session.displacedDraft, replaced: false } : null;

/** Saves `draft` as it changes, except over a saved draft that waits for the user's choice. */
export function useDraftPersistence(session: Session, draft: Draft): DraftPersistence {
  const [displaced, setDisplaced] = useState<DisplacedDraft | null>(() => displacedOf(session));
  useDraftAutosave(draft, displaced !== null && !displaced.replaced);
  const showSession = useCallback((next: Session) => setDisplaced(displacedOf(next)), []);
  const discard = useCallback(() => writeDraft(null), []);
  return {
    displaced,
    keepLink: () => setDisplaced((d) => (d ? { ...d, replaced: true } : d)),
    dismiss: () => setDisplaced(null),
    showSession,
    discard,
  };
}
