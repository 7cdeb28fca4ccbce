// Everything the wizard page does besides drawing: the form, the preview, the steps, where the
// session comes from (share link, draft, checker, decision page) and where it goes (draft, the
// other pages' shared context).
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { operatorWebhookOn } from '../../shared/operatorWebhook.ts';
import { publishWizardContext, takeHandOver } from '../../shared/wizardBridge.ts';
import type { EditorApi } from '../../editor/index.ts';
import { valuesProblems } from '../../model/validateValues.ts';
import { WizardValuesSchema, type WizardValues, type WizardValuesInput } from '../../model/values.ts';
import { withApiVersionGate } from '../../model/wizard/apiVersionGate.ts';
import {
  reconcileContext,
  type ContextFieldChange,
  type DeploymentContext,
} from '../../model/wizard/contextChange.ts';
import type { ImportedFrom } from '../../model/wizard/draft.ts';
import { lenientValues } from '../../model/wizard/lenientValues.ts';
import {
  handOverNeedsImporter,
  resumeSession,
  withHandOver,
  type Session,
  type SessionNotice,
} from '../../model/wizard/session.ts';
import { shareParamFromHash } from '../../model/wizard/shareLink.ts';
import { fieldsToValidate, stepIndex } from '../../model/wizard/steps.ts';
import { wizardDefaults } from '../../model/wizard/wizardDefaults.ts';
import { stepOfValuesPath } from './stepErrors.ts';
import { usePreviewSync } from './usePreviewSync.ts';
import { stepFromHash, stepHash, useStepRoute } from './useStepRoute.ts';
import { useStepper } from './useStepper.ts';
import { readDraft, useDraftAutosave, writeDraft } from './useDraftAutosave.ts';
import { useParsing } from './yamlParsing.ts';

/** A share link is opened once; afterwards the address is its step's, so a reload uses the draft. */
function clearShareParam(step: number): void {
  if (shareParamFromHash(window.location.hash) !== null) {
    window.history.replaceState(window.history.state, '', stepHash(step));
  }
}

/** The step to open: the one the address names (a reload, Back), as far as the session has reached. */
function startStep(session: Session): number {
  const named = stepFromHash(window.location.hash);
  const ownStep = session.source === 'draft' || session.source === 'defaults';
  return ownStep && named !== null ? Math.min(named, Math.max(session.reached, session.step)) : session.step;
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
    change: takeHandOver(),
  }));
  const parsing = useParsing();
  return useMemo(() => {
    const importManifest = parsing?.importManifest ?? null;
    if (handOverNeedsImporter(start.change) && !importManifest) return null;
    return withApiVersionGate(withHandOver(start.resumed, start.change, importManifest), operatorWebhookOn());
  }, [start, parsing]);
}

export function useWizard(session: Session) {
  const form = useForm<WizardValuesInput, unknown, WizardValues>({
    resolver: zodResolver(WizardValuesSchema),
    mode: 'onChange',
    defaultValues: session.values,
  });
  // Errors show once the user has done something with a field (see fields/errorVisibility.ts); a
  // session the user did not type here shows its problems at once.
  const [revealAll, setRevealAll] = useState(session.source !== 'defaults');
  const [leftFields, setLeftFields] = useState<ReadonlySet<string>>(() => new Set());
  const errorVisibility = useMemo(() => ({ all: revealAll, left: leftFields }), [revealAll, leftFields]);
  const leaveField = useCallback((name: string) => {
    if (name === '') return;
    setLeftFields((left) => (left.has(name) ? left : new Set(left).add(name)));
  }, []);
  const preview = usePreviewSync(
    form,
    { values: session.values, text: session.yamlText },
    () => setRevealAll(true),
  );
  const [initialStep] = useState(() => startStep(session));
  const stepper = useStepper(initialStep, session.reached);
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
  // A saved draft that a share link would replace: kept (not saved over) until the user chooses,
  // and restorable after they chose the link.
  const [displaced, setDisplaced] = useState<DisplacedDraft | null>(() =>
    session.displacedDraft ? { text: session.displacedDraft, replaced: false } : null,
  );
  // Steps whose content a change elsewhere replaced (a storage swapped by a new mode or version):
  // no tick until the user has seen them again.
  const [changedSteps, setChangedSteps] = useState<ReadonlySet<number>>(() => new Set());
  const editorApi = useRef<EditorApi | null>(null);
  const { step, reached, goTo, restart } = stepper;
  const { resetTo } = preview;
  useStepRoute(step, reached, goTo);
  // Opening a changed step is seeing it (state adjusted during render, as React recommends).
  if (changedSteps.has(step)) {
    const seen = new Set(changedSteps);
    seen.delete(step);
    setChangedSteps(seen);
  }

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
    clearShareParam(session.step);
  }, [form, session.source, session.step]);

  const applySession = useCallback(
    (next: Session) => {
      resetTo(next.values, next.yamlText);
      setRevealAll(true);
      setNotices(next.notices);
      setImportNotes(next.importNotes);
      setContextNotices([]);
      setImportedFrom(next.importedFrom);
      setDisplaced(next.displacedDraft ? { text: next.displacedDraft, replaced: false } : null);
      setOpenedFrom(next.source === 'checker' ? next.yamlText : undefined);
      goTo(next.step, next.reached);
    },
    [resetTo, goTo],
  );

  const draftChoice = {
    displaced,
    /** Keeps the link's settings; they become the draft, and the old draft stays restorable here. */
    keepLink: () => setDisplaced((d) => (d ? { ...d, replaced: true } : d)),
    /** Opens the saved draft instead of the link's settings. */
    openDraft: () => {
      if (!displaced) return;
      applySession(resumeSession('', displaced.text));
      setRevealAll(true);
    },
    dismiss: () => setDisplaced(null),
  };

  // A share link pasted into the address bar while the wizard is open.
  useEffect(() => {
    const onHashChange = () => {
      if (shareParamFromHash(window.location.hash) === null) return;
      const next = resumeSession(window.location.hash, readDraft());
      applySession(next);
      clearShareParam(next.step);
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

  useDraftAutosave(
    { values: preview.values, yamlText: editedText, step, reached, importedFrom },
    displaced !== null && !displaced.replaced,
  );

  const onContextChange = useCallback(
    (previous: DeploymentContext) => {
      const values = lenientValues(form.getValues(), wizardDefaults());
      const { changes, notices: said } = reconcileContext(values, previous, { webhook: operatorWebhookOn() });
      changes.forEach((change) => applyContextChange(form.setValue, change));
      setContextNotices(said);
      // The storage and its settings are new: the user has not seen them yet.
      if (changes.some((c) => c.path === 'msgStreamType')) {
        setChangedSteps(new Set([stepIndex('storage'), stepIndex('settings')]));
      }
    },
    [form],
  );

  const next = useCallback(async () => {
    const ok = await form.trigger(fieldsToValidate(step, preview.values));
    setStepBlocked(!ok);
    if (!ok) {
      setRevealAll(true);
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
    setRevealAll(false);
    setLeftFields(new Set());
    setChangedSteps(new Set());
    restart();
  }, [resetTo, restart]);

  const revealLine = useCallback((line: number, column: number) => {
    editorApi.current?.revealLine(line, column);
    editorApi.current?.focus();
  }, []);

  const formProblems = () =>
    valuesProblems(form.getValues()).map((p) => ({ ...p, step: stepOfValuesPath(p.path) }));

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
    errorVisibility,
    leaveField,
    changedSteps,
    draftChoice,
  };
}

export type Wizard = ReturnType<typeof useWizard>;

export interface DisplacedDraft {
  /** The saved draft as stored. */
  text: string;
  /** The user chose the link's settings, which have been saved over it since. */
  replaced: boolean;
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
    case 'apiVersion':
      setValue('apiVersion', change.value, options);
      break;
  }
}
