import type { ReactNode } from 'react';
import type { ResolvedResource } from '../../../../model/operator/checker/index.ts';
import type { Diagnostic } from '../../../../model/findings/diagnostics.ts';
import { resourceKind } from '../../../../model/operator/write/layout.ts';
import { MODE_LABELS, MQ_LABELS } from '../../../../model/facts/support.ts';
import type { WizardValues } from '../../../../model/wizard/values/values.ts';
import type { ValuesProblem } from '../../../../model/wizard/values/validateValues.ts';
import { WhatWillRun } from '../../../shared/WhatWillRun.tsx';
import { kafkaSecuritySummary } from '../../../../model/wizard/kafkaSecret.ts';
import type { YamlProblem } from '../../previewState.ts';
import { PolicyDownload } from '../../../policy/PolicyDownload.tsx';
// The model's step list, not the page's registry (steps.ts), which imports this view: no import cycle.
import { WIZARD_STEPS } from '../../../../model/wizard/steps.ts';
import { WholeWords } from './WholeWords.tsx';
import { useChangesSinceOpened } from '../../useChangesSinceOpened.ts';

interface ReviewStepProps {
  values: WizardValues;
  /** Why the form cannot follow the YAML, when it cannot: the summary then says what the file says. */
  yamlProblem: YamlProblem | null;
  diagnostics: Diagnostic[];
  /** The operator's view of the preview, for "What will run". */
  resolved: ResolvedResource[];
  /** The findings and the view are for an older text; a check is running. */
  checking: boolean;
  /** The form's problems the checker does not say itself (model/wizard/fieldForDiagnostic.ts). */
  formProblems: (ValuesProblem & { step: number })[];
  onGoToStep: (step: number) => void;
  onRevealLine: (line: number, column: number) => void;
  /** Download, copy, command and share link. */
  output: ReactNode;
  callout: ReactNode;
  /**
   * The manifest the wizard was opened from, if any: Review then shows what applying this one does
   * to the Milvus it describes (the change rules load with this step, not with the first page).
   */
  openedFrom?: string | undefined;
  /** The manifest now (the preview's text). */
  text: string;
}

export function ReviewStep({
  values,
  yamlProblem,
  diagnostics,
  resolved,
  checking,
  formProblems,
  onGoToStep,
  onRevealLine,
  output,
  callout,
  openedFrom,
  text,
}: ReviewStepProps) {
  const changes = useChangesSinceOpened(openedFrom, text);
  const { apiVersion, kind } = resourceKind(values);
  const helm = values.target === 'helm';
  return (
    <>
      {callout}
      <section className="review-section" aria-labelledby="review-summary">
        <h3 id="review-summary">Summary</h3>
        {yamlProblem && yamlProblem.storageInFile === undefined && (
          <p className="callout callout-danger">
            The YAML cannot be read, so this summary shows the form&apos;s last settings, not the file.
          </p>
        )}
        <dl className="summary">
          <dt>{helm ? 'Helm release' : 'Resource'}</dt>
          <dd>
            {helm ? (
              <>
                <code>{values.name}</code> <span className="muted">of the chart zilliztech/milvus</span>
              </>
            ) : (
              <>
                {kind} <span className="muted">({apiVersion})</span> <code>{values.name}</code>
              </>
            )}
            {values.namespace ? (
              <>
                {' '}
                in namespace <code>{values.namespace}</code>
              </>
            ) : (
              <span className="muted"> in your kubectl context&apos;s namespace</span>
            )}
          </dd>
          <dt>Mode</dt>
          <dd>{MODE_LABELS[values.mode]}</dd>
          <dt>Milvus</dt>
          <dd>
            {values.milvusVersion} <span className="muted">image</span>{' '}
            <code>{values.image || 'operator default'}</code>
          </dd>
          <dt>Message storage</dt>
          {yamlProblem?.storageInFile !== undefined ? (
            <dd>
              <span className="badge badge-danger">Error</span> The file says{' '}
              <code>msgStreamType: {yamlProblem.storageInFile}</code>, which is not a message storage Milvus
              knows. <span className="muted">The form still holds {MQ_LABELS[values.msgStreamType]}.</span>
            </dd>
          ) : (
            <dd>
              <WholeWords text={storageSummary(values)} />
            </dd>
          )}
          {values.msgStreamType === 'kafka' && yamlProblem?.storageInFile === undefined && (
            <>
              <dt>Kafka security</dt>
              <dd>
                <WholeWords text={kafkaSecuritySummary(values.kafka)} />
              </dd>
            </>
          )}
        </dl>
      </section>

      {resolved.length > 0 && <WhatWillRun resolved={resolved} stale={checking} className="review-section" />}

      <section className="review-section" aria-labelledby="review-warnings">
        <h3 id="review-warnings">Remaining warnings</h3>
        {diagnostics.length === 0 && formProblems.length === 0 ? (
          <p className="callout callout-success">
            {helm
              ? 'The Helm checker finds no problems in these values.'
              : 'The checker finds no problems in this manifest.'}
          </p>
        ) : (
          // One list: the form's own problems (those the checker does not already say), then the checker's findings.
          <ul className="problem-list" aria-label="Problems and warnings">
            {formProblems.map((p) => (
              <li key={`${p.path}:${p.message}`} className="problem problem-error">
                <span className="badge badge-danger">Error</span>
                <span className="problem-message">{p.message}</span>
                <button type="button" className="link-button" onClick={() => onGoToStep(p.step)}>
                  Fix in {WIZARD_STEPS[p.step]?.title}
                </button>
              </li>
            ))}
            {diagnostics.map((d, i) => (
              <FindingItem key={`${d.code}:${d.line}:${d.column}:${i}`} d={d} onRevealLine={onRevealLine} />
            ))}
          </ul>
        )}
      </section>

      {changes && (
        <section className="review-section" aria-labelledby="review-changes">
          <h3 id="review-changes">Changes to the running Milvus</h3>
          {changes.length === 0 ? (
            <p className="callout callout-success">
              Applying this manifest over the one you opened changes nothing about the message storage.
            </p>
          ) : (
            <ul className="problem-list" aria-label="What applying this manifest changes">
              {changes.map((d, i) => (
                <FindingItem key={`${d.code}:${d.line}:${i}`} d={d} onRevealLine={onRevealLine} />
              ))}
            </ul>
          )}
        </section>
      )}

      <section className="review-section" aria-labelledby="review-output">
        <h3 id="review-output">{helm ? 'Get the values file' : 'Get the manifest'}</h3>
        {output}
      </section>

      {!helm && (
        <PolicyDownload
          heading="h3"
          className="review-section"
          buttonClassName="button button-secondary"
          noteClassName="field-help"
        />
      )}
    </>
  );
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;

/** One finding with its severity and a button to its line in the preview. */
function FindingItem({
  d,
  onRevealLine,
}: {
  d: Diagnostic;
  onRevealLine: (line: number, column: number) => void;
}) {
  return (
    <li className={`problem problem-${d.severity}`}>
      <span className={`badge badge-${SEVERITY_TONE[d.severity]}`}>{SEVERITY_LABEL[d.severity]}</span>
      <span className="problem-message">{d.message}</span>
      <button type="button" className="link-button" onClick={() => onRevealLine(d.line, d.column)}>
        Line {d.line}
        {d.path ? ` (${d.path})` : ''}
      </button>
    </li>
  );
}
const SEVERITY_TONE = { error: 'danger', warning: 'warning', info: 'info' } as const;

function storageSummary(v: WizardValues): string {
  const name = MQ_LABELS[v.msgStreamType];
  switch (v.msgStreamType) {
    case 'rocksmq':
    case 'natsmq': {
      const p = v[v.msgStreamType].persistence;
      const volume = p.enabled
        ? `on a volume${p.storageSize ? ` of ${p.storageSize}` : ''}`
        : 'without persistence';
      return `${name}, embedded in the Milvus pod, ${volume}`;
    }
    case 'pulsar':
      return v.pulsar.external
        ? `External ${name} at ${v.pulsar.endpoint || '(no endpoint yet)'}`
        : `In-cluster ${name}${v.pulsar.inCluster.chartVersion ? ` (${v.pulsar.inCluster.chartVersion})` : ''}`;
    case 'kafka':
      return v.kafka.external
        ? `External ${name}: ${v.kafka.brokerList.length > 0 ? v.kafka.brokerList.join(', ') : '(no brokers yet)'}`
        : `In-cluster ${name}`;
    case 'woodpecker':
      return v.woodpecker.external
        ? `${name} service with ${v.woodpecker.quorumBufferPools.length} quorum buffer pool(s)`
        : `${name}, embedded in Milvus`;
  }
}
