/**
 * Where each of the wizard's settings goes in the milvus-helm chart's values. The wizard's values
 * are one object for both targets: the storages' field tables (storages/) say where a value goes in
 * a `Milvus` resource, and this module moves each of those places to the chart's, so no storage
 * field is listed twice. What the chart cannot hold says why (the form shows it on the field).
 *
 * Read from milvus-helm 5.0.19, charts/milvus/templates/config.tpl and values.yaml:
 * - `externalKafka.{brokerList,securityProtocol,sasl.mechanisms,sasl.username,sasl.password}` are
 *   rendered into milvus.yaml's `kafka` section; every other Milvus setting (NATS, RocksMQ
 *   retention, Kafka TLS and timeouts, an in-cluster Kafka's security) has no chart key and goes
 *   into `extraConfigFiles.user.yaml`, which Milvus loads last;
 * - `streaming.woodpecker.storage.type` is rendered as `woodpecker.storage.type`;
 * - a subchart's own values (replicas, resources, broker configData) sit under its key
 *   (`pulsarv3.`, `pulsar.`, `kafka.`) as they sit under the operator's `inCluster.values`;
 * - `standalone.persistence.{enabled,persistentVolumeClaim.{existingClaim,storageClass,size}}` is the
 *   standalone pod's volume at /var/lib/milvus, which holds RocksMQ's and NATS's data.
 */
import type { Entry, ManifestPath } from '../../storages/descriptor.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { chartDefault, type ChartVersionFacts } from '../chart/index.ts';
import { HELM_UNSUPPORTED_DEPLOYMENT } from './unsupported.ts';
import { HELM_UNSUPPORTED_SETTINGS } from './unsupportedSettings.ts';

import { PULSAR_AUTH_PARAMS_ENV_VAR } from '../../facts/secretsFromEnv.ts';

/** Reasons by form field (a value path joined by dots), for what the chart cannot express. */
export const HELM_UNSUPPORTED: Readonly<Record<string, string>> = {
  ...HELM_UNSUPPORTED_DEPLOYMENT,
  ...HELM_UNSUPPORTED_SETTINGS,
};

/** The environment variable the install command reads a password from (never the values file). */
export interface EnvSecret {
  /** The chart key `--set-string` sets. */
  key: string;
  envVar: string;
  /** What it is, in words. */
  label: string;
}

export type HelmPlace =
  /** A key of the chart's values. */
  | { kind: 'values'; path: string[] }
  /** A Milvus setting without a chart key: `extraConfigFiles.user.yaml`, at this path of milvus.yaml. */
  | { kind: 'userYaml'; path: string[] }
  /** A password: the install command sets it from an environment variable. */
  | { kind: 'env'; secret: EnvSecret }
  /** Written by the writer's own switches (a side switch, an address the chart splits). */
  | { kind: 'switch' }
  /** The chart has no place for it. */
  | { kind: 'none'; reason: string };

export const KAFKA_SASL_PASSWORD_ENV: EnvSecret = {
  key: 'externalKafka.sasl.password',
  envVar: 'KAFKA_SASL_PASSWORD',
  label: 'the Kafka SASL password',
};

/** config.tpl renders externalPulsar.authParams into milvus.yaml's pulsar.authParams. */
export const PULSAR_AUTH_PARAMS_ENV: EnvSecret = {
  key: 'externalPulsar.authParams',
  envVar: PULSAR_AUTH_PARAMS_ENV_VAR,
  label: "Pulsar's authParams (the token)",
};

/**
 * The subchart that runs an in-cluster Pulsar: Apache Pulsar 3 (`pulsarv3`) unless pulsar-v2 is
 * chosen, or the chart version has no pulsarv3 (before 4.2.21: chart/'s facts).
 */
export function pulsarSubchart(
  v: Pick<WizardValues, 'pulsar'>,
  chart: ChartVersionFacts,
): 'pulsarv3' | 'pulsar' {
  if (chartDefault(chart, 'pulsarv3.enabled') === undefined) return 'pulsar';
  return v.pulsar.inCluster.chartVersion === 'pulsar-v2' ? 'pulsar' : 'pulsarv3';
}

const startsWith = (path: ManifestPath, prefix: readonly string[]) =>
  prefix.every((key, i) => path[i] === key);
const rest = (path: ManifestPath, n: number) => path.slice(n).map(String);

/** The standalone volume's keys for the operator's persistence block. */
const PERSISTENCE_KEYS: Readonly<Record<string, string[]>> = {
  enabled: ['enabled'],
  'persistentVolumeClaim.existingClaim': ['persistentVolumeClaim', 'existingClaim'],
  'persistentVolumeClaim.spec.storageClassName': ['persistentVolumeClaim', 'storageClass'],
  'persistentVolumeClaim.spec.resources.requests.storage': ['persistentVolumeClaim', 'size'],
};

/** externalKafka's own keys for the Milvus settings config.tpl renders from them. */
const EXTERNAL_KAFKA_KEYS: Readonly<Record<string, string[]>> = {
  securityProtocol: ['externalKafka', 'securityProtocol'],
  saslMechanisms: ['externalKafka', 'sasl', 'mechanisms'],
  saslUsername: ['externalKafka', 'sasl', 'username'],
};

/** externalPulsar's own keys for the Milvus settings config.tpl renders from them. */
const EXTERNAL_PULSAR_KEYS: Readonly<Record<string, string[]>> = {
  tenant: ['externalPulsar', 'tenant'],
  namespace: ['externalPulsar', 'namespace'],
  authPlugin: ['externalPulsar', 'authPlugin'],
};

/** Where one of the operator's places (an entry of a storage's field table) goes in the chart's values. */
export function helmPlaceOf(entry: Entry, v: WizardValues, chart: ChartVersionFacts): HelmPlace {
  const reason = HELM_UNSUPPORTED[entry.field.join('.')];
  const { path } = entry;
  if (startsWith(path, ['spec', 'config'])) {
    const key = rest(path, 2);
    if (v.msgStreamType === 'kafka' && key[0] === 'kafka' && v.kafka.external) {
      const own = EXTERNAL_KAFKA_KEYS[key.slice(1).join('.')];
      if (own) return { kind: 'values', path: own };
      if (key[1] === 'saslPassword') return { kind: 'env', secret: KAFKA_SASL_PASSWORD_ENV };
    }
    if (v.msgStreamType === 'pulsar' && key[0] === 'pulsar' && v.pulsar.external) {
      const own = EXTERNAL_PULSAR_KEYS[key.slice(1).join('.')];
      if (own) return { kind: 'values', path: own };
      if (key[1] === 'authParams') return { kind: 'env', secret: PULSAR_AUTH_PARAMS_ENV };
    }
    if (reason) return { kind: 'none', reason };
    if (key.join('.') === 'woodpecker.storage.type')
      return { kind: 'values', path: ['streaming', 'woodpecker', 'storage', 'type'] };
    return { kind: 'userYaml', path: key };
  }
  if (reason) return { kind: 'none', reason };
  const deps = ['spec', 'dependencies'];
  const mq = v.msgStreamType;
  if (startsWith(path, [...deps, mq, 'inCluster', 'values'])) {
    const subchart = mq === 'pulsar' ? pulsarSubchart(v, chart) : mq;
    return { kind: 'values', path: [subchart, ...rest(path, 5)] };
  }
  if (startsWith(path, [...deps, mq, 'persistence'])) {
    const own = PERSISTENCE_KEYS[rest(path, 4).join('.')];
    if (own) return { kind: 'values', path: ['standalone', 'persistence', ...own] };
  }
  return { kind: 'switch' };
}
