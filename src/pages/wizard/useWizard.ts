// Everything the wizard page does besides drawing, composed from focused hooks: the form and its
// preview (usePreviewSync), which errors show (useErrorReveal), the steps (useWizardNavigation),
// the notices (useWizardNotices), the draft (useDraftPersistence) and share links pasted while
// open (useShareLinkListener). What is left here ties them together: a session put in place of
// the current one, a change of mode or version, starting over, and the context the other pages
// read.
import { zodResolver } from '@hookform/resolvers/zod';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { EditorApi } from '../../editor/index.ts';
import { valuesProblems } from '../../model/wizard/values/validateValues.ts';
import {
  WizardValuesSchema,
  type WizardValues,
  type WizardValuesInput,
} from '../../model/wizard/values/values.ts';
import {
  reconcileContext,
  type ContextFieldChange,
  type DeploymentContext,
} from '../../model/wizard/contextChange.ts';
import type { ImportedFrom } from '../../model/wizard/draft.ts';
import { lenientValues } from '../../model/wizard/lenientValues.ts';
import { resumeSession, type Session } from '../../model/wizard/session.ts';
import { fieldsToValidate, stepIndex } from '../../model/wizard/steps.ts';
import { wizardDefaults } from '../../model/wizard/wizardDefaults.ts';
import { operatorWebhookOn } from '../../shared/operatorWebhook.ts';
import { publishWizardContext } from '../../shared/wizardBridge.ts';
import { stepOfValuesPath } from './stepErrors.ts';
import { useDraftPersistence } from './useDraftAutosave.ts';
import { useErrorReveal } from './useErrorReveal.ts';
import { editedTextOf } from './previewState.ts';
import { usePreviewSync } from './usePreviewSync.ts';
import { useShareLinkListener } from './useShareLinkListener.ts';
import { useWizardNavigation } from './useWizardNavigation.ts';
import { useWizardNotices } from './useWizardNotices.ts';

type WizardForm = ReturnType<typeof useForm<WizardValuesInput, unknown, WizardValues>>;

/**
 * Validation beyond the field being typed: cross-field rules (a SASL protocol needs credentials
 * ...) put errors on fields the user did not touch, so the whole form is validated on each change;
 * and a restored session shows its problems at once.
 */
function useWholeFormValidation(form: WizardForm, source: Session['source']): void {
  useEffect(() => {
    return form.subscribe({
      formState: { values: true },
      callback: ({ name }) => {
        if (name !== undefined) void form.trigger();
      },
    });
  }, [form]);

  useEffect(() => {
    if (source !== 'defaults') void form.trigger();
  }, [form, source]);
}

export function useWizard(session: Session) {
  const form = useForm<WizardValuesInput, unknown, WizardValues>({
    resolver: zodResolver(WizardValuesSchema),
    mode: 'onChange',
    defaultValues: session.values,
  });
  const reveal = useErrorReveal(session);
  const preview = usePreviewSync(form, { values: session.values, text: session.yamlText }, reveal.revealAll);
  const validateStep = useCallback(
    (step: number) => form.trigger(fieldsToValidate(step, preview.values)),
    [form, preview.values],
  );
  const navigation = useWizardNavigation(session, validateStep, reveal.revealAll);
  const { step, reached } = navigation.stepper;
  useWholeFormValidation(form, session.source);
  const notices = useWizardNotices(session);
  const [importedFrom, setImportedFrom] = useState<ImportedFrom | undefined>(session.importedFrom);
  // The manifest the wizard was opened from (the running one, for the review's "what this change
  // does"). Kept in memory only: it may hold passwords, and drafts and links must not.
  const [openedFrom, setOpenedFrom] = useState<string | undefined>(
    session.source === 'checker' ? session.yamlText : undefined,
  );
  const editorApi = useRef<EditorApi | null>(null);

  /** The user's own YAML (valid, invalid or not read yet), when they edited it. */
  const editedText = editedTextOf(preview);
  const draft = useDraftPersistence(session, {
    values: preview.values,
    yamlText: editedText,
    step,
    reached,
    importedFrom,
  });

  const { resetTo } = preview;
  const { open } = navigation;
  const { revealAll } = reveal;
  const { showSession: showSessionNotices } = notices;
  const { showSession: showSessionDraft } = draft;
  const applySession = useCallback(
    (next: Session) => {
      resetTo(next.values, next.yamlText);
      revealAll();
      showSessionNotices(next);
      setImportedFrom(next.importedFrom);
      showSessionDraft(next);
      setOpenedFrom(next.source === 'checker' ? next.yamlText : undefined);
      open(next.step, next.reached);
    },
    [resetTo, revealAll, showSessionNotices, showSessionDraft, open],
  );
  useShareLinkListener(session.step, applySession);

  const { mode, milvusVersion, msgStreamType } = preview.values;
  useEffect(() => {
    publishWizardContext({ mode, milvusVersion, msgStreamType });
  }, [mode, milvusVersion, msgStreamType]);

  const draftChoice = {
    displaced: draft.displaced,
    keepLink: draft.keepLink,
    /** Opens the saved draft instead of the link's settings. */
    openDraft: () => {
      if (draft.displaced) applySession(resumeSession('', draft.displaced.text));
    },
    dismiss: draft.dismiss,
  };

  const { sayContextChanges } = notices;
  const { markChanged } = navigation;
  const onContextChange = useCallback(
    (previous: DeploymentContext) => {
      const values = lenientValues(form.getValues(), wizardDefaults());
      const { changes, notices: said } = reconcileContext(values, previous, { webhook: operatorWebhookOn() });
      changes.forEach((change) => applyContextChange(form.setValue, change));
      sayContextChanges(said);
      // The storage and its settings are new: the user has not seen them yet.
      if (changes.some((c) => c.path === 'msgStreamType')) {
        markChanged([stepIndex('storage'), stepIndex('settings')]);
      }
    },
    [form, sayContextChanges, markChanged],
  );

  const { discard } = draft;
  const { startedOver } = notices;
  const { hideAll } = reveal;
  const { restart } = navigation;
  const startOver = useCallback(() => {
    discard();
    resetTo(wizardDefaults());
    startedOver();
    setImportedFrom(undefined);
    hideAll();
    restart();
  }, [discard, resetTo, startedOver, hideAll, restart]);

  const revealLine = useCallback((line: number, column: number) => {
    editorApi.current?.revealLine(line, column);
    editorApi.current?.focus();
  }, []);

  const formProblems = () =>
    valuesProblems(form.getValues()).map((p) => ({ ...p, step: stepOfValuesPath(p.path) }));

  return {
    form,
    preview,
    stepper: navigation.stepper,
    editedText,
    notices: notices.notices,
    dismissNotice: notices.dismissNotice,
    importNotes: notices.importNotes,
    dismissImportNotes: notices.dismissImportNotes,
    contextNotices: notices.contextNotices,
    dismissContextNotices: notices.dismissContextNotices,
    importedFrom,
    openedFrom,
    stepBlocked: navigation.stepBlocked,
    onContextChange,
    next: navigation.next,
    back: navigation.back,
    selectStep: navigation.selectStep,
    startOver,
    revealLine,
    onEditorReady: (api: EditorApi) => {
      editorApi.current = api;
    },
    formProblems,
    errorVisibility: reveal.errorVisibility,
    leaveField: reveal.leaveField,
    changedSteps: navigation.changedSteps,
    draftChoice,
  };
}

export type Wizard = ReturnType<typeof useWizard>;

function applyContextChange(setValue: WizardForm['setValue'], change: ContextFieldChange): void {
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
