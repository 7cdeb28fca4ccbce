// "Check YAML": paste, upload or drop a Milvus manifest or the milvus-helm chart's values, see every
// problem in place, fix it, and take it to the wizard. This file only composes; the parts live beside it.
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react';
import { compareTexts } from '../../model/change/compare.ts';
import { ComparePanel } from '../compare/ComparePanel.tsx';
import { COMPARE_WORDS } from '../compare/compareWords.tsx';
import { requestWizardChange } from '../../shared/wizardBridge.ts';
import { openRoute } from '../../shared/routes.ts';
import { toEditorMarker, type EditorApi } from '../../editor/index.ts';
import { applyFixes, safeFixes } from '../../model/operator/checker/index.ts';
import { checkText } from '../../checkWorker/checkText.ts';
import type { Diagnostic } from '../../model/findings/diagnostics.ts';
import { lineDiff } from '../../model/text/lineDiff.ts';
import { HELM_VALUES_FILE_NAME, MANIFEST_FILE_NAME } from '../../model/wizard/output.ts';
import { useManifestJsonSchema } from '../../shared/useManifestJsonSchema.ts';
import { CheckActions } from './CheckActions.tsx';
import { CleanForApply } from './CleanForApply.tsx';
import { CheckProgress } from './CheckProgress.tsx';
import { PolicyDownload } from '../policy/PolicyDownload.tsx';
import { DiagnosticsList } from './DiagnosticsList.tsx';
import { downloadText } from '../../shared/downloadText.ts';
import { ManifestInput, type RefusedFile } from './ManifestInput.tsx';
import {
  useChartVersion,
  useInputFormat,
  useManifestFileName,
  useManifestText,
} from './manifestTextStore.ts';
import { InputFormatChoice } from './InputFormatChoice.tsx';
import { CliEquivalent } from './CliEquivalent.tsx';
import { SummaryLine } from './SummaryLine.tsx';
import { appliedDiff, resolvedAfterApply, verdictDiagnostics } from './pageVerdict.ts';
import { useWorkerCheck } from '../../checkWorker/useWorkerCheck.ts';
import { useOperatorWebhook } from '../../shared/operatorWebhook.ts';
import { WebhookToggle } from '../shared/WebhookToggle.tsx';
import { WhatWillRun } from '../shared/WhatWillRun.tsx';
import './check.css';

export function CheckPage() {
  const [text, setText] = useManifestText();
  const [webhook] = useOperatorWebhook();
  const [uploadedName, setUploadedName] = useManifestFileName();
  const [format, setFormat] = useInputFormat();
  const [chartVersion, setChartVersion] = useChartVersion();
  const input = useMemo(() => ({ format, chartVersion }), [format, chartVersion]);
  const { result, status, error, tooLarge, progress } = useWorkerCheck(
    text,
    'check-page',
    { webhook },
    input,
  );
  // Helm values: the chart's rendering, not the operator's (as the switch forces or Auto detected).
  const helm = result?.as === 'helm' ? result : null;
  // Downloads and the CLI command keep the uploaded file's name.
  const fileName = uploadedName ?? (helm ? HELM_VALUES_FILE_NAME : MANIFEST_FILE_NAME);
  const jsonSchema = useManifestJsonSchema(format === 'helm' || helm ? 'helm' : 'manifest');
  const [actionError, setActionError] = useState<string | null>(null);
  // A file the user gave that was refused: until the text changes, the results say so instead of
  // showing the verdict of the text still in the editor, which the user meant to replace (issue #20).
  const [refusedFile, setRefusedFile] = useState<RefusedFile | null>(null);
  const editText = useCallback(
    (next: string) => {
      setRefusedFile(null);
      setText(next);
    },
    [setText],
  );
  const editorRef = useRef<EditorApi | null>(null);
  const resultsHeadingRef = useRef<HTMLHeadingElement | null>(null);

  const [comparing, setComparing] = useState(false);
  const [running, setRunning] = useState('');
  const [reuseValues, setReuseValues] = useState(false);
  const deferredRunning = useDeferredValue(running);
  const deferredText = useDeferredValue(text);
  // The running text is compared as the new one was read: kubectl apply for a manifest, helm
  // upgrade (against the chart version the values are judged on) for values.
  const compareAs = helm ? 'helm' : 'manifest';
  const helmChart = helm?.chartVersion;
  const comparison = useMemo(() => {
    if (!comparing || deferredRunning.trim() === '' || deferredText.trim() === '') return null;
    try {
      return compareTexts(deferredRunning, deferredText, compareAs, {
        ...(helmChart ? { newChartVersion: helmChart } : {}),
        ...(reuseValues ? { reuseValues } : {}),
      });
    } catch {
      return null;
    }
  }, [comparing, compareAs, helmChart, reuseValues, deferredRunning, deferredText]);
  // The manifests' comparison, which the page's verdict and "What will run" follow.
  const diff = comparison?.as === 'manifest' ? comparison : null;
  const consequences = comparison && comparison.as !== 'mixed' ? comparison.new : null;

  const blank = status === 'empty';
  // Whether the results of the editor's text are shown (not for blank text, nor after a refused file).
  const shown = !blank && refusedFile === null;
  const diagnostics = result?.diagnostics ?? null;
  // The consequences of the change show in place too, beside the checker's findings.
  const markers = useMemo(
    () => (blank ? [] : [...(diagnostics ?? []), ...(consequences ?? [])].map(toEditorMarker)),
    [diagnostics, blank, consequences],
  );
  // With a running manifest, the page's one verdict is on the apply (pageVerdict.ts).
  const onRunning = appliedDiff(diff) !== null;
  const verdict = useMemo(
    () => (diagnostics ? verdictDiagnostics(diagnostics, diff) : null),
    [diagnostics, diff],
  );
  const willRun = useMemo(
    () => (result?.as === 'manifest' ? resolvedAfterApply(result.resolved, diff) : []),
    [result, diff],
  );
  const checked = useMemo(
    () => (result && !blank ? { text: result.text, diagnostics: result.diagnostics } : null),
    [result, blank],
  );
  const safeCount = useMemo(() => (diagnostics ? safeFixes(diagnostics).length : 0), [diagnostics]);

  const onReady = useCallback((api: EditorApi) => {
    editorRef.current = api;
  }, []);

  /** Puts new text in the editor as one undoable edit (Ctrl+Z restores the old text). */
  const replaceText = useCallback(
    (next: string) => {
      const api = editorRef.current;
      if (api) api.executeEdit(next);
      else setText(next);
    },
    [setText],
  );

  /** A file or example replaces the text; the editor then shows it from the top. */
  const loadText = useCallback(
    (next: string, nextFileName: string | null) => {
      setRefusedFile(null);
      replaceText(next);
      setUploadedName(nextFileName);
      editorRef.current?.revealLine(1);
    },
    [replaceText, setUploadedName],
  );

  /** Runs a text change that may throw (a fix on text the checker choked on), reporting instead of crashing. */
  const safely = useCallback((what: string, change: () => void) => {
    try {
      change();
      setActionError(null);
    } catch (e) {
      setActionError(
        `${what} failed: ${e instanceof Error ? e.message : String(e)}. Your text is unchanged.`,
      );
    }
  }, []);

  const goTo = useCallback((d: Diagnostic) => {
    const api = editorRef.current;
    if (!api) return;
    api.revealLine(d.line, d.column);
    api.focus();
  }, []);

  // The button pressed goes away with the problem it fixed (or disables itself): focus moves to
  // the results' heading, from where the updated list follows, instead of falling to the page.
  const focusResults = useCallback(() => resultsHeadingRef.current?.focus(), []);

  const applyOne = useCallback(
    (d: Diagnostic) => {
      const fix = d.fix;
      if (!fix) return;
      safely('Applying the fix', () =>
        replaceText(applyFixes(text, [{ documentIndex: d.documentIndex, fix }])),
      );
      focusResults();
    },
    [replaceText, safely, text, focusResults],
  );

  const previewFix = useCallback(
    (d: Diagnostic) =>
      d.fix ? lineDiff(text, applyFixes(text, [{ documentIndex: d.documentIndex, fix: d.fix }])) : [],
    [text],
  );

  const applySafe = useCallback(() => {
    if (!diagnostics) return;
    safely('Applying the safe fixes', () => replaceText(applyFixes(text, safeFixes(diagnostics))));
    focusResults();
  }, [diagnostics, replaceText, safely, text, focusResults]);

  const download = useCallback(() => {
    safely('Preparing the download', () => {
      // The worker's diagnostics may be for an older text or setting; the download must match.
      const current =
        status === 'done' && result?.text === text
          ? result.diagnostics
          : checkText(text, { webhook }, input).diagnostics;
      downloadText(applyFixes(text, safeFixes(current)), fileName);
    });
  }, [result, safely, text, webhook, status, fileName, input]);

  const openInWizard = useCallback(() => {
    requestWizardChange({ kind: 'importManifest', yaml: text });
    openRoute('wizard');
  }, [text]);

  return (
    <div className="check-page">
      <header className="check-intro">
        <h1>Check a Milvus manifest</h1>
        <p>
          Paste, upload or drop a <code>Milvus</code> or <code>MilvusCluster</code> manifest, or a Helm values
          file of the milvus-helm chart. Every problem with its message storage shows in place, with what
          happens if it stays and how to fix it. Nothing leaves your browser.
        </p>
      </header>
      <div className="check-layout">
        <ManifestInput
          text={text}
          fileName={uploadedName}
          onChange={editText}
          markers={markers}
          checked={checked}
          jsonSchema={jsonSchema}
          onReady={onReady}
          onLoadText={loadText}
          refusedFile={refusedFile}
          onFileRefused={setRefusedFile}
        />
        <section
          className="check-results"
          aria-labelledby="check-results-heading"
          aria-busy={status === 'checking'}
        >
          <div className="check-results-header">
            <h2 id="check-results-heading" ref={resultsHeadingRef} tabIndex={-1}>
              Results
            </h2>
            {status === 'checking' && (
              <span className="check-busy" aria-hidden="true">
                Checking…
              </span>
            )}
          </div>
          <InputFormatChoice
            format={format}
            onFormatChange={setFormat}
            chartVersion={chartVersion}
            onChartVersionChange={setChartVersion}
            readAs={shown ? (result?.as ?? null) : null}
          />
          {!helm && <WebhookToggle />}
          {status === 'checking' && refusedFile === null && <CheckProgress text={text} done={progress} />}
          <SummaryLine
            status={status}
            diagnostics={verdict}
            onRunning={onRunning}
            helm={helm !== null}
            notChecked={refusedFile ? notLoadedText(refusedFile) : undefined}
          />
          {shown && status === 'failed' && tooLarge && (
            <div role="alert" className="check-failure">
              <p>
                <strong>Not checked.</strong> {error}
              </p>
              <p>Your text is kept.</p>
            </div>
          )}
          {shown && status === 'failed' && !tooLarge && (
            <div role="alert" className="check-failure">
              <p>
                <strong>The checker failed on this input.</strong> {error}
              </p>
              <p>Your text is kept. Edit it to check again.</p>
            </div>
          )}
          {actionError && (
            <p role="alert" className="check-failure">
              {actionError}
            </p>
          )}
          <CheckActions
            disabled={!shown}
            safeFixCount={safeCount}
            onApplySafe={applySafe}
            onDownload={download}
            onOpenInWizard={openInWizard}
            wizardDisabled={helm !== null}
          />
          {shown && <CliEquivalent text={text} fileName={fileName} helmChart={helm?.chartVersion ?? null} />}
          {shown && !helm && (
            <CleanForApply
              text={text}
              live={result?.as === 'manifest' && result.resolved.some((r) => r.view.live)}
              onClean={replaceText}
            />
          )}
          {shown && result?.truncated && status !== 'failed' && (
            <p className="check-note">
              The checker stopped early on this input; fix the problems shown and it will look further.
            </p>
          )}
          {diagnostics && shown && status !== 'failed' && (
            <div className={status === 'checking' ? 'check-stale' : undefined}>
              <DiagnosticsList
                diagnostics={diagnostics}
                onGoTo={goTo}
                onApplyFix={applyOne}
                previewFix={previewFix}
              />
            </div>
          )}
          {willRun.length > 0 && shown && status !== 'failed' && (
            <WhatWillRun
              resolved={willRun}
              stale={status === 'checking'}
              note={
                onRunning
                  ? 'After kubectl apply onto the running manifest (Compare, below): the merged object.'
                  : undefined
              }
            />
          )}
          {helm?.explanation && shown && status !== 'failed' && (
            <WhatWillRun explanation={helm.explanation} stale={status === 'checking'} />
          )}
        </section>
      </div>
      <div className="compare-toggle">
        <button
          type="button"
          className="button button-secondary"
          aria-expanded={comparing}
          onClick={() => setComparing((c) => !c)}
        >
          {COMPARE_WORDS[compareAs].heading}
        </button>
      </div>
      {comparing && (
        <ComparePanel
          as={compareAs}
          running={running}
          onRunningChange={setRunning}
          next={deferredText}
          comparison={comparison}
          reuseValues={reuseValues}
          onReuseValuesChange={setReuseValues}
          onGoTo={goTo}
          onApplyFix={applyOne}
          previewFix={previewFix}
        />
      )}
      <PolicyDownload
        heading="h2"
        className="check-policy"
        buttonClassName="check-button"
        noteClassName="check-note"
      />
    </div>
  );
}

/** What the results say while a refused file is the last thing the user gave. */
function notLoadedText(refused: RefusedFile): string {
  const what = refused.name ? `${refused.name} was not loaded` : 'Nothing was loaded';
  return `${what} (see beside "Upload YAML file"). The editor still holds the earlier text; edit it, or load another file, to check again.`;
}
