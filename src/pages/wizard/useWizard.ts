// Everything the wizard page does besides drawing: the form, the preview, the steps, where the
// session comes from (share link, draft, checker, decision page) and where it goes (draft, the
// other pages' shared context).
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { publishWizardContext, takePendingWizardChange } from '../../app/wizardBridge.ts';
import type { EditorApi } from '../../editor/index.ts';
import { MSG_STREAM_TYPES } from '../../model/support.ts';
import { valuesProblems } from '../../model/validateValues.ts';
import { WizardValuesSchema, type WizardValues, type WizardValuesInput } from '../../model/values.ts';
import {
  reconcileContext,
  type ContextFieldChange,
  type DeploymentContext,
} from '../../model/wizard/contextChange.ts';
import { DRAFT_STORAGE_KEY, serializeDraft, type ImportedFrom } from '../../model/wizard/draft.ts';
import { lenientValues } from '../../model/wizard/lenientValues.ts';
import {
  handOverNeedsImporter,
  resumeSession,
  withHandOver,
  type Session,
  type SessionNotice,
} from '../../model/wizard/session.ts';
import { WIZARD_HASH, shareParamFromHash } from '../../model/wizard/shareLink.ts';
import { wizardDefaults } from '../../model/wizard/wizardDefaults.ts';
import { stepFields } from './steps.ts';
import { usePreviewSync } from './usePreviewSync.ts';
import { useStepper } from './useStepper.ts';
import { loadParsing, loadedParsing, useParsing } from './yamlParsing.ts';

const DRAFT_DEBOUNCE_MS = 300;
const STORAGE_KEYS: ReadonlySet<string> = new Set(MSG_STREAM_TYPES);

function readDraft(): string | null {
  try {
    return window.localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    // Storage can be disabled (private modes, policies): the wizard then simply has no draft.
    return null;
  }
}

function writeDraft(text: string | null): void {
  try {
    if (text === null) window.localStorage.removeItem(DRAFT_STORAGE_KEY);
    else window.localStorage.setItem(DRAFT_STORAGE_KEY, text);
  } catch {
    // See readDraft.
  }
}

/** A share link is opened once; afterwards the address is the plain wizard's, so a reload uses the draft. */
function clearShareParam(): void {
  if (shareParamFromHash(window.location.hash) !== null) {
    window.history.replaceState(window.history.state, '', WIZARD_HASH);
  }
}

/** Which step shows the field at this values path. */
function stepOfPath(path: string): number {
  const head = path.split(/[.[]/)[0] ?? '';
  if (head === 'msgStreamType') return 1;
  return STORAGE_KEYS.has(head) ? 2 : 0;
}

/**
 * Where the wizard starts (share link, draft, defaults, with another page's change on top). null
 * while a manifest from the checker waits for the YAML parser: the page that sent it has loaded
 * the parser already, so that wait is short, and the user lands on Review with the manifest read.
 */
export function useWizardSession(): Session | null {
  // The pending change of another page is taken here, once: React keeps the first result of a
  // state initializer (development's double call included).
  const [start] = useState(() => ({
    resumed: resumeSession(window.location.hash, readDraft()),
    change: takePendingWizardChange(),
  }));
  const parsing = useParsing();
  return useMemo(() => {
    const importManifest = parsing?.importManifest ?? null;
    if (handOverNeedsImporter(start.change) && !importManifest) return null;
    return withHandOver(start.resumed, start.change, importManifest);
  }, [start, parsing]);
}

export function useWizard(session: Session) {
  const form = useForm<WizardValuesInput, unknown, WizardValues>({
    resolver: zodResolver(WizardValuesSchema),
    mode: 'onChange',
    defaultValues: session.values,
  });
  const preview = usePreviewSync(form, { values: session.values, text: session.yamlText });
  const stepper = useStepper(session.step, session.reached);
  const [notices, setNotices] = useState<SessionNotice[]>(session.notices);
  const [importNotes, setImportNotes] = useState<string[]>(session.importNotes);
  const [contextNotices, setContextNotices] = useState<string[]>([]);
  const [importedFrom, setImportedFrom] = useState<ImportedFrom | undefined>(session.importedFrom);
  // The manifest the wizard was opened from (the running one, for the review's "what this change
  // does"). Kept in memory only: it may hold passwords, and drafts and links must not.
  const [openedFrom, setOpenedFrom] = useState<string | undefined>(
    session.source === 'checker' ? session.yamlText : undefined,
  );
  const [stepBlocked, setStepBlocked] = useState(false);
  const editorApi = useRef<EditorApi | null>(null);
  const { step, reached, goTo, restart } = stepper;
  const { resetTo } = preview;

  // Cross-field rules (a SASL protocol needs credentials ...) put errors on fields the user did not
  // touch; validating the whole form on each change shows them where they belong.
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name !== undefined) void form.trigger();
      },
    });
  }, [form]);

  // A restored session shows its problems at once.
  useEffect(() => {
    if (session.source !== 'defaults') void form.trigger();
    clearShareParam();
  }, [form, session.source]);

  const applySession = useCallback(
    (next: Session) => {
      resetTo(next.values, next.yamlText);
      setNotices(next.notices);
      setImportNotes(next.importNotes);
      setContextNotices([]);
      setImportedFrom(next.importedFrom);
      setOpenedFrom(next.source === 'checker' ? next.yamlText : undefined);
      goTo(next.step, next.reached);
    },
    [resetTo, goTo],
  );

  // A share link pasted into the address bar while the wizard is open.
  useEffect(() => {
    const onHashChange = () => {
      if (shareParamFromHash(window.location.hash) === null) return;
      applySession(resumeSession(window.location.hash, readDraft()));
      clearShareParam();
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [applySession]);

  const { mode, milvusVersion, msgStreamType } = preview.values;
  useEffect(() => {
    publishWizardContext({ mode, milvusVersion, msgStreamType });
  }, [mode, milvusVersion, msgStreamType]);

  /** The user's own YAML (valid, invalid or not read yet), when they edited it. */
  const editedText =
    preview.userText !== null || preview.problem !== null || preview.unread !== null
      ? preview.text
      : undefined;

  useEffect(() => {
    let live = true;
    const draft = { values: preview.values, yamlText: editedText, step, reached, importedFrom };
    const timer = window.setTimeout(() => {
      // A text is kept only once checked for secrets, which needs the YAML parser: a draft with
      // text waits for it (a newer draft cancels this one).
      const parsing = loadedParsing();
      if (draft.yamlText === undefined || parsing) {
        writeDraft(serializeDraft(draft, parsing?.textHasSecrets ?? null));
        return;
      }
      loadParsing().then(
        ({ textHasSecrets }) => {
          if (live) writeDraft(serializeDraft(draft, textHasSecrets));
        },
        () => {
          // Without the parser the text cannot be checked: the draft keeps the values only.
          if (live) writeDraft(serializeDraft(draft, null));
        },
      );
    }, DRAFT_DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [preview.values, editedText, step, reached, importedFrom]);

  const onContextChange = useCallback(
    (previous: DeploymentContext) => {
      const values = lenientValues(form.getValues(), wizardDefaults());
      const { changes, notices: said } = reconcileContext(values, previous);
      changes.forEach((change) => applyContextChange(form.setValue, change));
      setContextNotices(said);
    },
    [form],
  );

  const next = useCallback(async () => {
    const ok = await form.trigger(stepFields(step, preview.values));
    setStepBlocked(!ok);
    if (!ok) {
      // Errors render first; then the first field that has one takes focus.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.wizard-step-body [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    goTo(step + 1);
  }, [form, step, preview.values, goTo]);

  const back = useCallback(() => {
    setStepBlocked(false);
    goTo(step - 1);
  }, [step, goTo]);

  const selectStep = useCallback(
    (index: number) => {
      setStepBlocked(false);
      goTo(index);
    },
    [goTo],
  );

  const startOver = useCallback(() => {
    writeDraft(null);
    resetTo(wizardDefaults());
    setNotices([{ tone: 'info', text: 'Started over from the defaults.' }]);
    setImportNotes([]);
    setContextNotices([]);
    setImportedFrom(undefined);
    setStepBlocked(false);
    restart();
  }, [resetTo, restart]);

  const revealLine = useCallback((line: number, column: number) => {
    editorApi.current?.revealLine(line, column);
    editorApi.current?.focus();
  }, []);

  const formProblems = () =>
    valuesProblems(form.getValues()).map((p) => ({ ...p, step: stepOfPath(p.path) }));

  return {
    form,
    preview,
    stepper,
    editedText,
    notices,
    dismissNotice: (index: number) => setNotices((list) => list.filter((_, i) => i !== index)),
    importNotes,
    dismissImportNotes: () => setImportNotes([]),
    contextNotices,
    dismissContextNotices: () => setContextNotices([]),
    importedFrom,
    openedFrom,
    stepBlocked,
    onContextChange,
    next,
    back,
    selectStep,
    startOver,
    revealLine,
    onEditorReady: (api: EditorApi) => {
      editorApi.current = api;
    },
    formProblems,
  };
}

type SetValue = ReturnType<typeof useForm<WizardValuesInput, unknown, WizardValues>>['setValue'];

function applyContextChange(setValue: SetValue, change: ContextFieldChange): void {
  const options = { shouldDirty: true, shouldValidate: true };
  switch (change.path) {
    case 'msgStreamType':
      setValue('msgStreamType', change.value, options);
      break;
    case 'image':
      setValue('image', change.value, options);
      break;
    case 'pulsar.inCluster.chartVersion':
      setValue('pulsar.inCluster.chartVersion', change.value, options);
      break;
  }
}
