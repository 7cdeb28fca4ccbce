/**
 * What reaches milvus.yaml past the chart's blocks (chart 5.0.19 values.yaml comments and
 * templates/configmap.yaml): extraConfigFiles.user.yaml, loaded by Milvus after milvus.yaml, overrides
 * the rendering (the docs' `pulsar.address: localhost` snippet points Milvus away from the bundled
 * Pulsar); customConfigMap replaces the whole rendering; a subchart's fullnameOverride renames its
 * Services while config.tpl still wires `<release>-<name>-…`; an external Pulsar host with a scheme
 * or a port (config.tpl writes host and port apart).
 */
import { MQ_LABELS, clampMinor } from '../../facts/support.ts';
import { unknownConfigKeyMessage, unknownConfigKeys } from '../../whatRuns/predicates/unknownConfigKeys.ts';
import type { ReportInput } from '../../findings/reporter.ts';
import type { HelmRule } from './types.ts';

const ADDRESS_KEYS = [
  'mq',
  'mq.type',
  'messageQueue',
  'pulsar',
  'pulsar.address',
  'pulsar.port',
  'kafka',
  'kafka.brokerList',
  'woodpecker',
  'woodpecker.storage',
  'woodpecker.storage.type',
];

export const userYamlOverrides: HelmRule = (r) => {
  const u = r.userYaml;
  if (!u) return [];
  if (u.problem)
    return [
      {
        severity: 'error',
        code: 'helm-user-yaml-unreadable',
        message: `extraConfigFiles.user.yaml cannot be read as YAML (${u.problem}): Milvus fails to load its configuration.`,
        path: ['extraConfigFiles', 'user.yaml'],
      },
    ];
  const overridden = u.overrides.filter(
    (k) =>
      ADDRESS_KEYS.includes(k) && JSON.stringify(pick(r.rendered, k)) !== JSON.stringify(pick(r.config, k)),
  );
  if (overridden.length === 0) return [];
  return [
    {
      severity: 'warning',
      code: 'helm-user-yaml-override',
      message: `extraConfigFiles.user.yaml sets ${overridden.join(', ')}, which Milvus reads after the chart's milvus.yaml: ${overridden.map((k) => `${k} becomes ${JSON.stringify(pick(r.config, k))}${pick(r.rendered, k) !== undefined ? ` (the chart wrote ${JSON.stringify(pick(r.rendered, k))})` : ''}`).join('; ')}. Milvus runs ${r.whatRuns.storage.type === 'custom' ? 'a custom config' : MQ_LABELS[r.whatRuns.storage.type]}${r.winner ? `, not what ${r.winner.branch} wires` : ''}: remove these keys from user.yaml unless that is meant.`,
      path: ['extraConfigFiles', 'user.yaml'],
    },
  ];
};

/**
 * Keys of user.yaml's message-storage sections that the Milvus that runs never reads: the same
 * predicate as the operator's spec.config (whatRuns/predicates/unknownConfigKeys.ts). Not where the
 * version is only the chart's reading of an unnamed tag.
 */
export const userYamlKeys: HelmRule = (r) => {
  const u = r.userYaml;
  if (!u || u.problem || r.whatRuns.version.unnamed) return [];
  const minor = clampMinor(r.whatRuns.version.version);
  return unknownConfigKeys(u.config, minor).map((f) => ({
    severity: 'warning' as const,
    code: 'unknown-config-key',
    message: unknownConfigKeyMessage(
      f,
      minor,
      `${f.path.join('.')} in extraConfigFiles.user.yaml`,
      ' Milvus reads the credentials themselves here (saslUsername, saslPassword), not the name of a Secret.',
    ),
    path: ['extraConfigFiles', 'user.yaml'],
  }));
};

function pick(config: Record<string, unknown>, dotted: string): unknown {
  let node: unknown = config;
  for (const k of dotted.split('.'))
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[k] : undefined;
  return node;
}

export const customConfigMap: HelmRule = (r) =>
  r.customConfigMap
    ? [
        {
          severity: 'info',
          code: 'helm-custom-configmap',
          message: `customConfigMap ${r.customConfigMap}: its milvus.yaml replaces everything the chart renders (and extraConfigFiles is ignored), so the storage Milvus uses is in that ConfigMap, not in these values. The subcharts are still deployed as enabled.`,
          path: ['customConfigMap'],
          part: 'value',
        },
      ]
    : [];

export const fullnameOverrides: HelmRule = (r) =>
  r.subcharts
    .filter(
      (s) =>
        s.used &&
        s.key !== 'woodpecker' &&
        r.values.isSet([s.key, 'fullnameOverride']) &&
        r.values.value([s.key, 'fullnameOverride']),
    )
    .map((s): ReportInput => ({
      severity: 'error',
      code: 'helm-fullname-override',
      message: `${s.key}.fullnameOverride renames the subchart's Services, but config.tpl still wires ${r.release}-${String(r.values.value([s.key, 'name']))}-…: Milvus dials a Service that does not exist. Remove it (or set externalPulsar/externalKafka to the renamed Service).`,
      path: [s.key, 'fullnameOverride'],
    }));

export const externalPulsarHost: HelmRule = (r) => {
  if (r.winner?.branch !== 'externalPulsar') return [];
  const host = String(r.values.value(['externalPulsar', 'host']) ?? '');
  const problem = /^[a-z][a-z0-9+.-]*:\/\//i.test(host)
    ? 'a scheme'
    : /:\d+$/.test(host)
      ? 'a port'
      : host.trim() === '' || host === 'localhost'
        ? 'no real host'
        : '';
  if (!problem) return [];
  return [
    {
      severity: problem === 'no real host' ? 'error' : 'warning',
      code: 'helm-external-pulsar-host',
      message:
        problem === 'no real host'
          ? `externalPulsar.host is "${host}": Milvus dials Pulsar there, inside its own pod, where nothing listens. Set the external Pulsar's host.`
          : `externalPulsar.host "${host}" holds ${problem}: config.tpl writes it as pulsar.address and externalPulsar.port (${String(r.values.value(['externalPulsar', 'port']))}) as pulsar.port apart. Write the bare host.`,
      path: ['externalPulsar', 'host'],
      part: 'value',
    },
  ];
};
