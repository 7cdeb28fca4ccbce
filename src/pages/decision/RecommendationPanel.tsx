import { useId } from 'react';
import { describeRow, type Recommendation } from '../../model/decision/recommend.ts';
import type { MeasuredMq } from '../../model/decision/measurements.ts';
import { MQ_LABELS, isSelectable, supportOf, type DeploymentMode } from '../../model/facts/support.ts';
import type { MilvusMinor } from '../../model/facts/versions.ts';

const CHOICE_LABELS: Record<Recommendation['choice'], string> = {
  rocksmq: MQ_LABELS.rocksmq,
  natsmq: MQ_LABELS.natsmq,
  neither: 'Neither',
};

const USE_ORDER: MeasuredMq[] = ['rocksmq', 'natsmq'];

function UseButton({
  mq,
  mode,
  milvusVersion,
  recommended,
  onUse,
}: {
  mq: MeasuredMq;
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  recommended: boolean;
  onUse: (mq: MeasuredMq) => void;
}) {
  const reasonId = useId();
  const verdict = supportOf(mode, mq, milvusVersion);
  const disabled = !isSelectable(verdict);
  return (
    <div className="use-choice">
      <button
        type="button"
        className={`button ${recommended ? 'button-primary' : 'button-secondary'}`}
        disabled={disabled}
        aria-describedby={disabled ? reasonId : undefined}
        onClick={() => onUse(mq)}
      >
        Use {MQ_LABELS[mq]}
      </button>
      {disabled && (
        <p id={reasonId} className="disabled-reason">
          {verdict.reason}
        </p>
      )}
    </div>
  );
}

export function RecommendationPanel({
  recommendation,
  mode,
  milvusVersion,
  onUse,
}: {
  recommendation: Recommendation;
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  onUse: (mq: MeasuredMq) => void;
}) {
  const headingId = useId();
  const { choice, headline, reasons, caveats, alternatives, crossoverNote, bracketingRows } = recommendation;
  return (
    <section className={`recommendation choice-${choice}`} aria-labelledby={headingId}>
      <h2 id={headingId}>Recommendation</h2>
      <div className="recommendation-answer" aria-live="polite">
        <span className="choice-badge">{CHOICE_LABELS[choice]}</span>
        <p className="recommendation-headline">{headline}</p>
      </div>

      <h3>Why</h3>
      <ul className="recommendation-reasons">
        {reasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>

      {crossoverNote && (
        <div className="crossover-note">
          <p>{crossoverNote}</p>
          <p className="crossover-rows-title">
            {bracketingRows.length > 1
              ? 'The measured tests either side of your size:'
              : 'The measured test at your size:'}
          </p>
          <ul>
            {bracketingRows.map((row) => (
              <li key={row.packetSizeKB}>{describeRow(row)}</li>
            ))}
          </ul>
        </div>
      )}

      {caveats.length > 0 && (
        <>
          <h3>Before you choose</h3>
          <ul className="recommendation-caveats">
            {caveats.map((caveat) => (
              <li key={caveat}>{caveat}</li>
            ))}
          </ul>
        </>
      )}

      {alternatives.length > 0 && choice !== 'neither' && (
        <p className="recommendation-alternatives">
          Also possible: {alternatives.map((mq) => MQ_LABELS[mq]).join(', ')}.
        </p>
      )}

      <div className="use-choices">
        {USE_ORDER.map((mq) => (
          <UseButton
            key={mq}
            mq={mq}
            mode={mode}
            milvusVersion={milvusVersion}
            recommended={choice === mq}
            onUse={onUse}
          />
        ))}
      </div>
      <p className="decision-hint">Sets msgStreamType in the wizard and opens it.</p>
    </section>
  );
}
