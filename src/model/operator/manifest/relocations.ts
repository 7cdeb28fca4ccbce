/**
 * Where a key the CRD does not declare really belongs: the known mistakes (the published examples'
 * `endpoints`, `brokers`, SASL keys under dependencies, `natsmq.server`, `spec.component`,
 * Milvus settings written under dependencies instead of spec.config), as one table. The checker's
 * pruned-field rule reads it to say where the setting goes and to move it there.
 *
 * Which keys a section holds comes from the manifest schema, so a setting declared there is
 * recognised here too.
 */
import type { Severity, YamlPath } from '../../findings/diagnostics.ts';
import { formatPath } from '../../findings/diagnostics.ts';
import { OPERATOR_ONLY_PULSAR_KEYS } from '../resolve/milvusConfig.ts';
import { fieldOf, knownKeys, schemaAt } from './introspect.ts';
import { MilvusV1beta1Schema } from './schema.ts';

export interface Relocation {
  severity: Severity;
  /** Where the setting belongs; null when there is no single place. */
  to: YamlPath | null;
  /** What is lost while the key stays here. */
  lost: string;
  advice: string;
  /** `endpoints: [a]` becomes `endpoint: a`. */
  single?: boolean;
  /** `brokers: "a,b"` becomes `brokerList: [a, b]`. */
  list?: boolean;
}

/** An undeclared key, and what a relocation may need to know about it. */
export interface MisplacedKey {
  parent: YamlPath;
  key: string;
  resource: { apiVersion: string; kind: string };
  /** The key's value as plain data, read only where the advice depends on it. */
  value: () => unknown;
}

interface RelocationRule {
  /** The parents (dotted paths) under which the keys are misplaced. */
  under: readonly string[];
  keys: readonly string[] | 'any';
  when?: (at: MisplacedKey) => boolean;
  /** Only for a key that is no near miss of a declared one: a typo gets "did you mean" instead. */
  unlessTypo?: boolean;
  relocate: (at: MisplacedKey) => Relocation;
}

const SPEC: YamlPath = ['spec'];
const DEPENDENCIES: YamlPath = ['spec', 'dependencies'];
const CONFIG: YamlPath = ['spec', 'config'];
const deps = (block: string) => formatPath([...DEPENDENCIES, block]);

const keysAt = (path: YamlPath): string[] => {
  const schema = schemaAt(MilvusV1beta1Schema, path);
  return schema ? knownKeys(schema) : [];
};

/** Dependencies the operator can install with Helm: they have an `inCluster` block. */
const IN_CLUSTER_PARENTS = keysAt(DEPENDENCIES).filter((block) => {
  const schema = fieldOf(schemaAt(MilvusV1beta1Schema, DEPENDENCIES)!, block);
  return schema !== undefined && fieldOf(schema, 'inCluster') !== undefined;
});

/** SASL and TLS keys written under dependencies.kafka, and the spec.config.kafka key each means. */
const KAFKA_SECURITY: Readonly<Record<string, string>> = {
  saslUsername: 'saslUsername',
  saslPassword: 'saslPassword',
  saslMechanisms: 'saslMechanisms',
  securityProtocol: 'securityProtocol',
  securityPolicy: 'securityProtocol',
  ssl: 'ssl',
};

const isV1beta1OrCluster = (at: MisplacedKey) =>
  at.resource.kind === 'MilvusCluster' || at.resource.apiVersion === 'milvus.io/v1beta1';

/** Tried in order; the first rule that matches decides. */
export const RELOCATIONS: readonly RelocationRule[] = [
  {
    under: [deps('pulsar')],
    keys: ['endpoints'],
    relocate: ({ parent }) => ({
      severity: 'error',
      to: [...parent, 'endpoint'],
      lost: 'Milvus never gets this Pulsar address',
      advice: 'The field is endpoint: ONE host:port string.',
      single: true,
    }),
  },
  {
    under: [deps('kafka')],
    keys: ['brokers'],
    relocate: ({ parent }) => ({
      severity: 'error',
      to: [...parent, 'brokerList'],
      lost: 'Milvus never gets these brokers',
      advice: 'The field is brokerList: a list of host:port.',
      list: true,
    }),
  },
  {
    under: [deps('kafka')],
    keys: Object.keys(KAFKA_SECURITY),
    relocate: ({ key }) => {
      const target = KAFKA_SECURITY[key]!;
      const credentials = key === 'saslUsername' || key === 'saslPassword';
      return {
        severity: 'error',
        to: [...CONFIG, 'kafka', target],
        lost: `Milvus connects to Kafka without this ${key === 'ssl' ? 'TLS' : 'SASL'} setting`,
        advice: credentials
          ? `Kafka credentials belong in a Secret named by spec.dependencies.kafka.secretRef (keys username and password), or in spec.config.kafka.${target}.`
          : `It belongs in spec.config.kafka.${target}${key === 'securityPolicy' ? ' (the setting is called securityProtocol)' : ''}.`,
      };
    },
  },
  {
    under: [deps('natsmq')],
    keys: ['server'],
    relocate: () => ({
      severity: 'warning',
      to: [...CONFIG, 'natsmq', 'server'],
      lost: 'NATS runs with its default settings',
      advice: 'NATS server settings belong in spec.config.natsmq.server.',
    }),
  },
  {
    under: [deps('rocksmq')],
    keys: keysAt([...CONFIG, 'rocksmq']),
    relocate: ({ key }) => ({
      severity: 'warning',
      to: [...CONFIG, 'rocksmq', key],
      lost: 'RocksMQ runs with its default',
      advice: `RocksMQ settings belong in spec.config.rocksmq.${key}.`,
    }),
  },
  {
    under: [deps('pulsar')],
    // The Pulsar client settings; the address is the operator's to write, from the endpoint.
    keys: keysAt([...CONFIG, 'pulsar']).filter(
      (key) => !(OPERATOR_ONLY_PULSAR_KEYS as readonly string[]).includes(key),
    ),
    relocate: ({ key }) => ({
      severity: key.startsWith('auth') ? 'error' : 'warning',
      to: [...CONFIG, 'pulsar', key],
      lost: key.startsWith('auth')
        ? 'Milvus connects to Pulsar without authentication'
        : "Milvus's Pulsar client keeps its default",
      advice: `Pulsar client settings belong in spec.config.pulsar.${key}.`,
    }),
  },
  {
    under: [deps('woodpecker')],
    keys: ['storage'],
    relocate: () => ({
      severity: 'warning',
      to: [...CONFIG, 'woodpecker', 'storage'],
      lost: 'Woodpecker keeps its default storage',
      advice: 'Woodpecker storage settings belong in spec.config.woodpecker.storage.',
    }),
  },
  {
    under: IN_CLUSTER_PARENTS.map((block) => formatPath([...DEPENDENCIES, block, 'inCluster'])),
    keys: 'any',
    unlessTypo: true,
    relocate: ({ parent, key }) => ({
      severity: 'warning',
      to: [...parent, 'values', key],
      lost: 'the Helm chart never gets this value',
      advice: `Helm values of the chart belong under ${formatPath(parent)}.values.`,
    }),
  },
  {
    under: ['spec'],
    keys: ['component'],
    when: isV1beta1OrCluster,
    relocate: ({ parent }) => ({
      severity: 'error',
      to: [...parent, 'components'],
      lost: 'none of these component settings reach the Milvus pods',
      advice: 'The field is spec.components.',
    }),
  },
  {
    under: ['spec'],
    keys: keysAt(DEPENDENCIES),
    relocate: ({ key }) => ({
      severity: 'error',
      to: [...DEPENDENCIES, key],
      lost: 'the operator never reads it here',
      advice: `It belongs in spec.dependencies.${key}.`,
    }),
  },
  {
    under: [''],
    keys: keysAt(SPEC),
    relocate: ({ key }) => ({
      severity: 'error',
      to: [...SPEC, key],
      lost: 'the operator never reads it here',
      advice: `It belongs in spec.${key}.`,
    }),
  },
  {
    under: ['spec'],
    keys: ['mode'],
    when: (at) => at.resource.apiVersion === 'milvus.io/v1alpha1',
    relocate: ({ resource, value }) => {
      const mode = value();
      const cluster = resource.kind === 'MilvusCluster';
      const conflict = cluster ? mode === 'standalone' : mode === 'cluster';
      return {
        severity: conflict ? 'error' : 'info',
        to: null,
        lost: cluster
          ? 'it has no effect: a MilvusCluster is always a cluster'
          : 'it has no effect: a v1alpha1 Milvus is always standalone',
        advice: conflict
          ? cluster
            ? 'For a standalone Milvus use apiVersion milvus.io/v1beta1, kind Milvus.'
            : 'For a cluster use apiVersion milvus.io/v1beta1, kind Milvus with spec.mode: cluster.'
          : '',
      };
    },
  },
];

/** Where an undeclared key belongs, or null; `isTypo` says whether it is a near miss of a declared key. */
export function relocationFor(at: MisplacedKey, isTypo: (key: string) => boolean): Relocation | null {
  const where = formatPath(at.parent);
  const rule = RELOCATIONS.find(
    (r) =>
      r.under.includes(where) &&
      (r.keys === 'any' || r.keys.includes(at.key)) &&
      (!r.when || r.when(at)) &&
      !(r.unlessTypo && isTypo(at.key)),
  );
  return rule ? rule.relocate(at) : null;
}
