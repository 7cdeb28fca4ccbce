/**
 * "What will run" for Helm values: the same sections as a manifest's (../resolve/explain.ts, whose
 * Explanation type and text rendering it shares): storage (which block won and why), versions,
 * releases (each subchart deployed, used or idle), addresses, changes (what user.yaml or
 * customConfigMap replace), deployment, and `config`: the message-storage part of the milvus.yaml
 * Milvus receives, after config.tpl's blocks (the last duplicate key wins) and user.yaml.
 */
import { stringify } from 'yaml';
import type { ExplainSection, Explanation } from '../whatRuns/explanation.ts';
import { MODE_LABELS, MQ_LABELS } from '../facts/support.ts';
import type { HelmResolved } from './resolve/resolveHelm.ts';
import { failsAtStart } from '../whatRuns/judge.ts';

const str = (v: unknown) => (v === undefined || v === null ? '' : String(v));

export function explainHelm(r: HelmResolved): Explanation {
  const w = r.whatRuns;
  const storage = w.storage.type === 'custom' ? 'a custom config' : MQ_LABELS[w.storage.type];
  // The judge's error, as check reports it: Milvus refuses what the chart gives it.
  const fails = w.storage.type === 'custom' || r.customConfigMap ? null : failsAtStart(w);
  const headline = fails
    ? // The judge's message already names the mode and the version that runs.
      `Milvus fails at start (chart ${r.chart.version}, release ${r.release}): ${fails.message}`
    : `Milvus ${MODE_LABELS[w.mode].toLowerCase()} on ${storage} (chart ${r.chart.version}, release ${r.release}).`;
  const sections: ExplainSection[] = [];
  sections.push({
    id: 'storage',
    title: 'Message storage',
    facts: [
      { label: 'Storage', value: `${storage}, ${w.storage.side}` },
      {
        label: 'Block that won',
        value: r.winner ? `${r.winner.block} (${r.winner.branch})` : "none: Milvus's own default",
      },
    ],
    lines: [
      `Why: ${w.storage.reason}.`,
      ...r.blocks
        .filter((b) => b !== r.winner)
        .map((b) => `Also written but beaten: block ${b.block} (${b.branch}: ${MQ_LABELS[b.type]}).`),
    ],
  });
  sections.push({
    id: 'versions',
    title: 'Milvus versions',
    lines: [
      `Milvus ${w.version.label}, from ${w.version.origin}.`,
      `Chart ${r.chart.version} (appVersion ${r.chart.appVersion}; ${r.chart.tag}, commit ${r.chart.commit.slice(0, 7)}).`,
    ],
  });
  sections.push({
    id: 'releases',
    title: 'Subcharts',
    lines:
      r.subcharts.length === 0
        ? ['No message-storage subchart is deployed.']
        : r.subcharts.map(
            (s) =>
              `${s.key}: ${s.label}: ${!s.deployed ? 'not deployed' : s.used ? 'deployed, used by Milvus' : 'deployed, idle (Milvus does not use it)'}.`,
          ),
  });
  const pulsar = r.config.pulsar as Record<string, unknown> | undefined;
  const kafka = r.config.kafka as Record<string, unknown> | undefined;
  const addressLines: string[] = [];
  if (w.storage.type === 'pulsar' && pulsar)
    addressLines.push(
      `Pulsar ${str(pulsar.address)}:${str(pulsar.port)}${pulsar.tenant ? ` (tenant ${str(pulsar.tenant)}, namespace ${str(pulsar.namespace)})` : ''}.`,
    );
  else if (w.storage.type === 'pulsar')
    addressLines.push("Pulsar localhost:6650 (Milvus's own default: nothing listens there).");
  if (w.storage.type === 'kafka' && kafka)
    addressLines.push(
      `Kafka brokers ${str(kafka.brokerList)}${kafka.securityProtocol ? ` (${str(kafka.securityProtocol)})` : ''}.`,
    );
  if (w.storage.type === 'woodpecker')
    addressLines.push(
      w.woodpecker?.embedded
        ? `None: Woodpecker runs in the Milvus pods (storage ${w.woodpecker.storageType}).`
        : 'The Woodpecker service the chart deploys (its headless Service, port 18080).',
    );
  sections.push({
    id: 'addresses',
    title: 'Addresses Milvus connects to',
    lines: addressLines.length > 0 ? addressLines : ['None: the message storage runs inside Milvus.'],
  });
  const changes = [
    ...(r.userYaml?.overrides ?? []).map(
      (k) => `extraConfigFiles.user.yaml sets ${k} (Milvus reads it after the chart's milvus.yaml).`,
    ),
    ...(r.customConfigMap
      ? [`customConfigMap ${r.customConfigMap} replaces the whole milvus.yaml the chart renders.`]
      : []),
  ];
  sections.push({
    id: 'changes',
    title: 'Overridden',
    lines: changes.length > 0 ? changes : ["Nothing: Milvus receives the chart's rendering."],
  });
  sections.push({
    id: 'deployment',
    title: 'Deployed',
    lines: [
      `helm install renders and installs these values as they are: the chart checks nothing (no values schema, no fail).`,
      ...(fails ? [`Milvus then fails at start: ${fails.message}`] : []),
      ...(w.persistence ? [`${storage}'s local data lives on ${w.persistence.where}.`] : []),
    ],
  });
  sections.push({
    id: 'config',
    title: 'Message storage in the milvus.yaml Milvus receives',
    lines: ["config.tpl's blocks (the last duplicate key wins), then extraConfigFiles.user.yaml:"],
    yaml: stringify(withoutSecrets(r.config), { lineWidth: 0 }),
  });
  return { name: r.release, outcome: fails ? 'fails' : 'deployed', headline, sections };
}

/** Secrets never reach the console: a password or auth parameter shows as set, not its value. */
function withoutSecrets(config: Record<string, unknown>): Record<string, unknown> {
  const out = structuredClone(config);
  const hide = (section: unknown, key: string) => {
    if (
      typeof section === 'object' &&
      section !== null &&
      str((section as Record<string, unknown>)[key]) !== ''
    )
      (section as Record<string, unknown>)[key] = '(set, not shown)';
  };
  hide(out.kafka, 'saslPassword');
  hide(out.pulsar, 'authParams');
  return out;
}
