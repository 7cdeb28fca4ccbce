/**
 * "What will run", in words: the resolved view as sections a person reads top to bottom (plain
 * words first, the YAML fragment Milvus receives second). The check page, the wizard's review step
 * and `milvus-mq explain` all render this one structure.
 */
import { stringify } from 'yaml';
import { formatPath } from '../../findings/diagnostics.ts';
import { MODE_LABELS } from '../../facts/support.ts';
import { formatVersion } from '../../facts/versions.ts';
import { describeBelieved } from './operatorVersion.ts';
import { storageLabel } from './storage.ts';
import { judgeStorage } from '../../findings/storageJudgement.ts';
import { failsAtStart } from '../../whatRuns/judge.ts';
import { describeOperator } from './toWhatRuns.ts';
import { operatorLabel } from './operatorReleases.ts';
import { NAMESPACE_STAND_IN } from './namespace.ts';
import { describeCondition, runningNow, runningNowSource } from './liveStatus.ts';
import type { LiveStatus, ResolvedMilvus } from './types.ts';
import {
  OUTCOME_TITLES,
  type ExplainFact,
  type ExplainSection,
  type Explanation,
  type Outcome,
} from '../../whatRuns/explanation.ts';

export interface ExplainExtras {
  /** Fields the API server drops before the operator sees them (from the checker). */
  pruned?: readonly string[];
}

const SIDE_WORDS = {
  embedded: 'embedded in the Milvus pods',
  'in-cluster': 'installed in the cluster by the operator',
  external: 'outside the cluster, reached at the addresses below',
  custom: 'custom: the operator installs nothing and leaves the settings to spec.config and customMsgStream',
} as const;

export function explain(r: ResolvedMilvus, extras: ExplainExtras = {}): Explanation {
  // The checker's judgement (unsupported-storage), so that check and explain never disagree.
  const judgement = r.storage.type === 'custom' ? null : judgeStorage(r.mode, r.storage.type, r.judged);
  const fails =
    judgement?.outcome === 'refused'
      ? judgement.verdict.reason
      : (failsAtStart(describeOperator(r))?.message ?? null);
  const outcome: Outcome = !r.admission.accepted
    ? 'refused'
    : !r.readiness.deployed
      ? 'held'
      : fails
        ? 'fails'
        : 'deployed';
  const storage = storageLabel(r.storage.type);
  const headline =
    outcome === 'refused'
      ? `Not created: ${r.admission.reason.charAt(0).toLowerCase()}${r.admission.reason.slice(1)}`
      : outcome === 'held'
        ? `Never deployed: the operator waits for ${storage}, which cannot answer.`
        : outcome === 'fails'
          ? `Milvus fails at start: ${storage} in ${MODE_LABELS[r.mode].toLowerCase()} mode on Milvus ${r.judged.label}. ${fails}`
          : `Milvus ${MODE_LABELS[r.mode].toLowerCase()} on ${storage} (${SIDE_WORDS[r.storage.side].split(':')[0]}).`;

  const sections: ExplainSection[] = [];
  if (r.status) sections.push(liveSection(r.status));
  sections.push({
    id: 'storage',
    title: 'Message storage',
    lines: [
      `${capitalize(storage)}, ${SIDE_WORDS[r.storage.side]}.`,
      `Why: ${r.storage.reason}.`,
      ...ignoredBlocks(r),
    ],
  });

  const versionLines = [
    `Judged as ${operatorLabel(r.operator)} does (${r.operator.source}).`,
    `The operator believes Milvus ${describeBelieved(r.believed)}, from ${r.believed.origin}. It picks its defaults (the message storage, the streaming node) from this.`,
    ...r.running.map(
      (run) =>
        `${capitalize(run.component)} runs ${run.image}${run.version ? ` (Milvus ${formatVersion(run.version)})` : ' (a tag that names no version)'}${run.source === 'default' ? ", the operator's default image" : ''}.`,
    ),
  ];
  sections.push({ id: 'versions', title: 'Milvus versions', lines: versionLines });

  sections.push({
    id: 'releases',
    title: 'Helm releases',
    lines:
      r.helmReleases.length === 0
        ? [
            `None for the message storage: ${r.storage.side === 'external' ? 'it runs outside the cluster' : r.storage.side === 'custom' ? 'custom storage is left to you' : 'it runs inside Milvus'}.`,
          ]
        : r.helmReleases.map(
            (h) =>
              `${h.name}: chart ${h.chart}${h.chartVersion ? `, chartVersion ${h.chartVersion} (${h.chartVersionOrigin})` : ''}.`,
          ),
  });

  const namespaceLine =
    r.namespace === '' &&
    (r.addresses.some((a) => a.inCluster) || r.embeddedStores.some((l) => l.includes(NAMESPACE_STAND_IN)))
      ? [
          `${NAMESPACE_STAND_IN} is the resource's namespace: the file names none, so it is kubectl's current namespace (or the one given with -n) when it is applied.`,
        ]
      : [];
  sections.push({
    id: 'addresses',
    title: 'Addresses Milvus connects to',
    lines:
      r.addresses.length === 0
        ? r.embeddedStores.length > 0
          ? [...namespaceLine, ...r.embeddedStores]
          : ['None: the message storage is custom.']
        : [
            ...namespaceLine,
            ...r.addresses.map((a) => {
              const where = a.inCluster ? ' (the in-cluster service the operator writes)' : '';
              // Only the Pulsar endpoint is split (pkg/util/util.go GetHostPort); the others reach Milvus as written.
              if (a.storage !== 'pulsar')
                return `${a.role} ${a.raw}${where}${a.problem ? `: ${a.problem.message.replace(/\.$/, '')}` : ''}.`;
              const fallback = a.portFallback
                ? `: no port the operator can read in "${a.raw}", so Milvus gets port 80`
                : '';
              return `${a.role} ${a.host}:${a.port}${where}${fallback}.`;
            }),
          ],
  });

  const changeLines = [
    ...r.conversion,
    ...(extras.pruned ?? []).map(
      (p) => `${p} is dropped by the API server (not in the CRD): the operator never sees it.`,
    ),
    ...r.forced.map((f) => `${f.key}: ${String(f.userValue)} becomes ${String(f.value)}: ${f.reason}.`),
    ...r.config.changes
      .filter((c) => c.op !== 'write')
      .map((c) =>
        c.op === 'delete'
          ? `spec.config.${c.key} is deleted: ${c.reason}.`
          : `spec.config.${c.key}: ${short(c.userValue)} is overwritten with ${short(c.value)} (${c.reason}).`,
      ),
  ];
  sections.push({
    id: 'changes',
    title: 'Pruned, deleted or overwritten',
    lines: changeLines.length > 0 ? changeLines : ['Nothing: every setting reaches Milvus as written.'],
  });

  const deploymentLines =
    outcome === 'refused'
      ? [
          'The API server refuses the resource, so the operator never sees it and nothing is deployed.',
          ...(r.admission.refusals ?? []).map((x) => `${formatPath(x.path)}: ${x.reason}.`),
        ]
      : [
          r.readiness.check,
          ...(fails
            ? [
                `Then Milvus fails at start: ${fails} The operator deploys the pods anyway, and they keep restarting.`,
              ]
            : []),
          ...r.readiness.held.map(
            (h) =>
              `Held: ${formatPath(h.path)}: ${h.reason}. MsgStreamReady stays false and no Milvus pod is created.`,
          ),
        ];
  sections.push({
    id: 'deployment',
    title: OUTCOME_TITLES[outcome],
    lines: deploymentLines,
  });

  sections.push({
    id: 'config',
    title: 'Message storage in the milvus.yaml Milvus receives',
    lines: ['The part of the operator-made milvus.yaml that concerns the message storage:'],
    yaml: stringify(r.config.messageStorage, { lineWidth: 0 }),
  });
  return { name: r.name, outcome, headline, sections };
}

/**
 * A live object's status beside what its spec asks for (resolve/liveStatus.ts reads it). The other
 * sections are what the operator makes of the spec; this one is what it last saw running.
 */
function liveSection(s: LiveStatus): ExplainSection {
  const ms = s.msgStream;
  const milvusReady = s.conditions.find((c) => c.type === 'MilvusReady');
  const facts: ExplainFact[] = [
    {
      label: 'Runs now',
      value: `${runningNow(s)} (${runningNowSource(s)})`,
      tone: s.differs ? 'attention' : 'ok',
    },
    {
      label: 'The spec asks for',
      value: `Milvus ${describeBelieved(s.asked)}, from ${s.asked.origin}`,
    },
    {
      label: 'MsgStreamReady',
      value: ms ? describeCondition(ms) : 'not probed yet',
      tone: ms?.status === 'True' ? 'ok' : 'attention',
    },
    {
      label: 'Milvus',
      value: `${s.health || 'no status.status yet'}${milvusReady ? `; MilvusReady ${describeCondition(milvusReady)}` : ''}`,
      tone: s.health === 'Healthy' ? 'ok' : 'attention',
    },
  ];
  const lines = [
    'As the operator last wrote it in status. The sections below are what it makes of the spec.',
  ];
  if (s.differs)
    lines.push(
      "The pods run another version than the spec asks for: an upgrade is under way, or stuck. The operator writes the spec's image into status.currentImage only once every component is ready and updated (MilvusReady and MilvusUpdated true).",
    );
  if (ms === null)
    lines.push('The operator has not probed the message storage yet: there is no MsgStreamReady condition.');
  else if (ms.status !== 'True')
    lines.push(
      `MsgStreamReady is ${ms.status || 'not set'}: the operator cannot reach the message storage, and until it can it reconciles no Milvus component. A new Milvus gets no pod; a running one gets no change of its spec.`,
    );
  if (s.behind)
    lines.push(
      'status.observedGeneration is behind metadata.generation: the operator has not acted on the latest spec yet, so this status describes an earlier one.',
    );
  const others = s.conditions.filter((c) => c.type !== 'MsgStreamReady' && c.type !== 'MilvusReady');
  if (others.length > 0)
    lines.push(`Other conditions: ${others.map((c) => `${c.type} ${describeCondition(c)}`).join('; ')}.`);
  return { id: 'live', title: 'Running now (status)', facts, lines };
}

function ignoredBlocks(r: ResolvedMilvus): string[] {
  const unused = r.storage.blocks.filter((b) => b !== r.storage.type);
  if (unused.length === 0) return [];
  return [
    `Not used: ${unused.map((b) => `spec.dependencies.${b}`).join(', ')} (the operator reads only the block of the storage in effect).`,
  ];
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function short(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
