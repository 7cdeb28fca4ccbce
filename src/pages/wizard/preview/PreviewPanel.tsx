import { useEffect, useMemo } from 'react';
import { YamlEditor, type EditorApi } from '../../../editor/index.ts';
import type { CheckedText, EditorMarker } from '../../../editor/index.ts';
import { countBySeverity, type Diagnostic } from '../../../model/findings/diagnostics.ts';
import { useManifestJsonSchema } from '../../../shared/useManifestJsonSchema.ts';
import { outputFileName } from '../../../model/wizard/output.ts';
import { DownloadButton } from '../output/DownloadButton.tsx';
import type { OutputSource } from '../output/outputSource.ts';
import type { PreviewSync, YamlProblem } from '../usePreviewSync.ts';
import { useParsing } from '../yamlParsing.ts';

export const PREVIEW_EDITOR_LABEL = 'Manifest YAML';
export const HELM_PREVIEW_EDITOR_LABEL = 'Helm values YAML';
const MODEL_PATH = { operator: 'file:///milvuscluster.yaml', helm: 'file:///values.yaml' } as const;

interface PreviewPanelProps {
  preview: PreviewSync;
  diagnostics: Diagnostic[];
  markers: EditorMarker[];
  /** What the download takes: the text once written, and whether to ask first. */
  output: OutputSource;
  checkedText: CheckedText | null;
  onEditorReady: (api: EditorApi) => void;
  onRevealLine: (line: number, column: number) => void;
}

export function PreviewPanel({
  preview,
  diagnostics,
  markers,
  output,
  checkedText,
  onEditorReady,
  onRevealLine,
}: PreviewPanelProps) {
  const target = preview.values.target;
  const helm = target === 'helm';
  const fileName = outputFileName(target);
  const jsonSchema = useManifestJsonSchema(helm ? 'helm' : 'manifest');
  const parsing = useParsing();
  const { userText, values, text } = preview;
  // Helm values the user edited: the keys the form does not set, kept as written.
  const kept = useMemo(
    () => (helm && userText !== null && parsing ? parsing.keptKeys(values, text) : []),
    [helm, userText, values, text, parsing],
  );
  // `npm run bench` measures form change -> this mark. Effects run child first, so the editor has
  // taken the new text by now.
  useEffect(() => {
    performance.mark('preview:updated');
  }, [preview.text]);
  const counts = countBySeverity(diagnostics);
  const { problem } = preview;
  return (
    <section className="wizard-preview" aria-label="YAML preview">
      <div className="preview-header">
        <div className="preview-title">
          <h2 id="wizard-preview-heading">YAML preview</h2>
          <span className="file-chip">{fileName}</span>
          {preview.userText !== null && <span className="badge badge-info">Edited by you</span>}
        </div>
        <DownloadButton output={output} className="button button-primary button-small" fileName={fileName} />
      </div>
      <p className="preview-lead">
        {helm
          ? 'The values for the milvus-helm chart, written from the form. Edit them directly if you like: the form follows what the chart would run, and keys it does not set are kept. Hover a key for what the chart does with it.'
          : 'Edit the YAML directly if you like: the form follows, and keys it does not know are kept.'}
      </p>
      {preview.unread?.from === 'fresh' && <p className="preview-lead">Writing the YAML…</p>}
      {kept.length > 0 && (
        <p className="preview-lead" data-testid="helm-kept-keys">
          Kept from your values (the form does not set them):{' '}
          {kept.map((k, i) => (
            <span key={k}>
              {i > 0 && ', '}
              <code>{k}</code>
            </span>
          ))}
          .
        </p>
      )}
      {problem && (
        <div className="callout callout-danger" role="alert">
          <p>
            <strong>The form cannot follow this YAML.</strong> {problemText(problem)}
          </p>
          <p>
            The form keeps its last settings until the YAML is valid again; your text stays as you wrote it.
            {preview.formAhead && ' Form changes made since are not in the text yet.'}
          </p>
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={preview.replaceWithFormYaml}
          >
            Replace with the form&apos;s YAML
          </button>
        </div>
      )}
      <YamlEditor
        value={preview.text}
        onChange={preview.onEditorChange}
        ariaLabel={helm ? HELM_PREVIEW_EDITOR_LABEL : PREVIEW_EDITOR_LABEL}
        modelPath={MODEL_PATH[target]}
        jsonSchema={jsonSchema}
        markers={markers}
        checked={checkedText}
        height="min(68vh, 46rem)"
        onReady={onEditorReady}
      />
      {diagnostics.length === 0 ? (
        <p className="preview-status preview-status-ok">
          {helm
            ? 'The Helm checker finds no problems in these values.'
            : 'The checker finds no problems in this manifest.'}
        </p>
      ) : (
        <details className="preview-findings">
          <summary>
            Checker: {plural(counts.error, 'error')}, {plural(counts.warning, 'warning')},{' '}
            {plural(counts.info, 'note')}
          </summary>
          <ul className="problem-list problem-list-compact">
            {diagnostics.map((d, i) => (
              <li key={`${d.code}:${d.line}:${d.column}:${i}`} className={`problem problem-${d.severity}`}>
                <button type="button" className="link-button" onClick={() => onRevealLine(d.line, d.column)}>
                  Line {d.line}
                </button>
                <span className="problem-message">{d.message}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** The importer's message already names the line; other messages get it in front. */
function problemText(problem: YamlProblem): string {
  if (problem.line === undefined || /^Line \d+/.test(problem.message)) return problem.message;
  return `Line ${problem.line}: ${problem.message}`;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
