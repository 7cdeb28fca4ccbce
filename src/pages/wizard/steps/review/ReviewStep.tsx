import type { ReactNode } from 'react';
import type { Diagnostic } from '../../../../model/diagnostics.ts';
import { resourceKind } from '../../../../model/layout.ts';
import { MODE_LABELS, MQ_LABELS } from '../../../../model/support.ts';
import type { WizardValues } from '../../../../model/values.ts';
import type { ValuesProblem } from '../../../../model/validateValues.ts';
import { PolicyDownload } from '../../../policy/PolicyDownload.tsx';
import { STEPS } from '../../steps.ts';

interface ReviewStepProps {
  values: WizardValues;
  diagnostics: Diagnostic[];
  formProblems: (ValuesProblem & { step: number })[];
  onGoToStep: (step: number) => void;
  onRevealLine: (line: number, column: number) => void;
  /** Download, copy, command and share link. */
  output: ReactNode;
  callout: ReactNode;
}

export function ReviewStep({
  values,
  diagnostics,
  formProblems,
  onGoToStep,
  onRevealLine,
  output,
  callout,
}: ReviewStepProps) {
  const { apiVersion, kind } = resourceKind(values);
  return (
    <>
      {callout}
      <section className="review-section" aria-labelledby="review-summary">
        <h3 id="review-summary">Summary</h3>
        <dl className="summary">
          <dt>Resource</dt>
          <dd>
            {kind} <span className="muted">({apiVersion})</span> <code>{values.name}</code>
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
          <dd>{storageSummary(values)}</dd>
        </dl>
      </section>

      <section className="review-section" aria-labelledby="review-warnings">
        <h3 id="review-warnings">Remaining warnings</h3>
        {formProblems.length > 0 && (
          <ul className="problem-list">
            {formProblems.map((p) => (
              <li key={`${p.path}:${p.message}`} className="problem problem-error">
                <span className="badge badge-danger">Form</span>
                <span className="problem-message">{p.message}</span>
                <button type="button" className="link-button" onClick={() => onGoToStep(p.step)}>
                  Fix in {STEPS[p.step]?.title}
                </button>
              </li>
            ))}
          </ul>
        )}
        {diagnostics.length === 0 && formProblems.length === 0 ? (
          <p className="callout callout-success">The checker finds no problems in this manifest.</p>
        ) : (
          <ul className="problem-list" aria-label="Checker findings">
            {diagnostics.map((d, i) => (
              <li key={`${d.code}:${d.line}:${d.column}:${i}`} className={`problem problem-${d.severity}`}>
                <span className={`badge badge-${SEVERITY_TONE[d.severity]}`}>
                  {SEVERITY_LABEL[d.severity]}
                </span>
                <span className="problem-message">{d.message}</span>
                <button type="button" className="link-button" onClick={() => onRevealLine(d.line, d.column)}>
                  Line {d.line}
                  {d.path ? ` (${d.path})` : ''}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="review-section" aria-labelledby="review-output">
        <h3 id="review-output">Get the manifest</h3>
        {output}
      </section>

      <PolicyDownload
        heading="h3"
        className="review-section"
        buttonClassName="button button-secondary"
        noteClassName="field-help"
      />
    </>
  );
}

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Note' } as const;
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
