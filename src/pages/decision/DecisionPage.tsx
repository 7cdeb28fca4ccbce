import { useCallback, useEffect, useState } from 'react';
import { requestWizardChange, getWizardContext } from '../../shared/wizardBridge.ts';
import { openRoute } from '../../shared/routes.ts';
import {
  MEASUREMENT_SOURCE,
  SCALE_REPORT,
  SEARCH_LATENCY_100M_MS,
  type MeasuredMq,
} from '../../model/decision/measurements.ts';
import { formatPacketSize } from '../../model/decision/packetSize.ts';
import { recommend } from '../../model/decision/recommend.ts';
import { MODE_LABELS, MQ_LABELS } from '../../model/facts/support.ts';
import { preloadEditorWhenIdle } from '../../editor/index.ts';
import { DecisionForm, type DecisionFormValues } from './DecisionForm.tsx';
import { MeasuredCharts } from './MeasuredCharts.tsx';
import { MeasuredTable } from './MeasuredTable.tsx';
import { RecommendationPanel } from './RecommendationPanel.tsx';
import { commitText, initialPacketSize, rememberPacketSize } from './packetSizeState.ts';
import { useAfterPress } from '../shared/useAfterPress.ts';
import './decision.css';

/** The size the page opens with: the docs' crossover, so the first view shows how close the call is there. */
const INITIAL_PACKET_KB = 64;

export function DecisionPage() {
  // Read once: the wizard publishes its context before the user follows the link here.
  const [fromWizard] = useState(getWizardContext);
  // "Use RocksMQ" / "Use NATS" open the wizard, whose YAML preview is a code editor: fetch it while
  // the user reads here, so the wizard shows it at once instead of a plain text box for seconds.
  useEffect(preloadEditorWhenIdle, []);
  const [values, setValues] = useState<DecisionFormValues>(() => ({
    packetSize: initialPacketSize(INITIAL_PACKET_KB),
    mode: fromWizard?.mode ?? 'standalone',
    milvusVersion: fromWizard?.milvusVersion ?? '2.5',
    memoryHeadroom: 'plenty',
    production: false,
  }));

  // An updater, not a value: the pause timer fires later, and must not undo a mode or version chosen since.
  // After any pointer press under way: leaving the field by pressing "Use NATS" commits the size,
  // which recomputes the recommendation and can reorder its buttons under the pointer (the click lost).
  const afterPress = useAfterPress();
  const commitPacketSize = useCallback(
    () =>
      afterPress(() => setValues((current) => ({ ...current, packetSize: commitText(current.packetSize) }))),
    [afterPress],
  );
  const committedKB = values.packetSize.kb;
  useEffect(() => rememberPacketSize(committedKB), [committedKB]);

  const recommendation = recommend({
    packetSizeKB: values.packetSize.kb,
    mode: values.mode,
    milvusVersion: values.milvusVersion,
    memoryHeadroom: values.memoryHeadroom,
    production: values.production,
  });

  const useStorage = (msgStreamType: MeasuredMq) => {
    // The size typed and left by this very click commits after it: Back from the wizard shows it.
    rememberPacketSize(commitText(values.packetSize).kb);
    requestWizardChange({
      kind: 'setMsgStreamType',
      msgStreamType,
      mode: values.mode,
      milvusVersion: values.milvusVersion,
    });
    openRoute('wizard');
  };

  return (
    <div className="decision-page">
      <header className="decision-intro">
        <h1>RocksMQ or NATS?</h1>
        <p>
          Both are message storages embedded in a standalone Milvus. Which one suits you depends mostly on the
          size of your insert messages; this page weighs the published measurements against your deployment.
        </p>
        {fromWizard && (
          <p className="from-wizard">
            Mode and version come from the wizard: {MODE_LABELS[fromWizard.mode]}, Milvus{' '}
            {fromWizard.milvusVersion} (currently {MQ_LABELS[fromWizard.msgStreamType]}).
          </p>
        )}
      </header>

      <div className="decision-layout">
        <DecisionForm values={values} onChange={setValues} onCommitPacketSize={commitPacketSize} />
        <RecommendationPanel
          recommendation={recommendation}
          mode={values.mode}
          milvusVersion={values.milvusVersion}
          onUse={useStorage}
        />
      </div>

      <section className="decision-evidence" aria-labelledby="decision-evidence-heading">
        <h2 id="decision-evidence-heading">Evidence</h2>
        <MeasuredCharts nearest={recommendation.nearestRow} userKB={values.packetSize.kb} />
        <MeasuredTable
          nearest={recommendation.nearestRow}
          userSizeLabel={formatPacketSize(values.packetSize.kb)}
        />
        <h3>Sources</h3>
        <ul className="decision-sources">
          <li>
            The measurements: “{MEASUREMENT_SOURCE.title}”, {MEASUREMENT_SOURCE.publisher} (
            {MEASUREMENT_SOURCE.setup}). The same post reports search latency at 100 million vectors of{' '}
            {SEARCH_LATENCY_100M_MS.rocksmq} ms with RocksMQ and {SEARCH_LATENCY_100M_MS.natsmq} ms with NATS.
          </li>
          <li>
            The rule (below 64 KB RocksMQ, above it NATS given enough memory; NATS for experiments only): the
            Milvus documentation on configuring message storage with Milvus Operator.
          </li>
          <li>
            At scale:{' '}
            <a href={SCALE_REPORT.url} target="_blank" rel="noreferrer noopener">
              {SCALE_REPORT.id}
            </a>
            , {SCALE_REPORT.summary} ({SCALE_REPORT.year}).
          </li>
        </ul>
      </section>
    </div>
  );
}
