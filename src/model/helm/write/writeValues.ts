/**
 * Wizard values -> the milvus-helm chart's values.yaml, through `yaml`'s Document API with a
 * comment on each block, as generate.ts does for a `Milvus` resource. React-free: the wizard's
 * preview, `milvus-mq generate --target helm` and the tests write through here.
 *
 * The chart checks nothing (no `fail`, no `required`, no values schema) and decides the message
 * storage by a precedence of three blocks in templates/config.tpl (5.0.19): block A (external
 * Pulsar, Pulsar v2, Woodpecker, Pulsar v3, in that order), block B (external Kafka, in-cluster
 * Kafka), block C (standalone only: `standalone.messageQueue` rocksmq, natsmq or woodpecker), the
 * last written winning. So every switch the choice depends on is written explicitly, off as well as
 * on: the chart's own defaults (`pulsarv3.enabled: true`, `standalone.messageQueue: woodpecker`,
 * `externalKafka.securityProtocol: SASL_SSL`) would otherwise decide, and they change between
 * chart versions.
 */
import { Document, Scalar, isMap, isScalar, type Pair } from 'yaml';
import { writeFields } from '../../storages/fieldTable.ts';
import { storageOf } from '../../storages/index.ts';
import { MQ_LABELS } from '../../storages/catalog.ts';
import type { WizardValues } from '../../wizard/values/valuesObject.ts';
import { findPair } from '../../yaml/yamlNav.ts';
import { chartDefault, type ChartVersionFacts } from '../chart/index.ts';
import { KAFKA_SASL_PASSWORD_ENV, helmPlaceOf, pulsarSubchart, type EnvSecret } from './places.ts';

/** The chart version written for; its facts (helm/chart/) say which keys exist in it. */
export type HelmChartChoice = ChartVersionFacts;

/** A setting the chart cannot hold, with the reason. */
export interface NotWritten {
  field: string;
  reason: string;
}

export interface HelmValuesPlan {
  /** The chart's values, as plain data. */
  values: Record<string, unknown>;
  /** Milvus settings without a chart key, for `extraConfigFiles.user.yaml`. */
  userYaml: Record<string, unknown>;
  /** Passwords the install command takes from the environment. */
  secrets: EnvSecret[];
  notWritten: NotWritten[];
}

type Tree = Record<string, unknown>;

function put(root: Tree, path: readonly string[], value: unknown): void {
  let node = root;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[key] = {};
    node = node[key] as Tree;
  }
  node[path[path.length - 1] as string] = structuredClone(value);
}

/** `milvusdb/milvus:v2.6.22` -> repository and tag; a digest or no tag cannot be split. */
export function splitImage(image: string): { repository: string; tag: string } | null {
  if (image.includes('@')) return null;
  const colon = image.lastIndexOf(':');
  if (colon <= image.lastIndexOf('/')) return null;
  return { repository: image.slice(0, colon), tag: image.slice(colon + 1) };
}

/**
 * The switches of the chosen storage: the keys config.tpl's three blocks read, each written.
 * `woodpecker.enabled` is on only where block A must pick Woodpecker (cluster, or the chart's
 * Woodpecker service); a standalone's Woodpecker is block C, `standalone.messageQueue`.
 */
function storageSwitches(v: WizardValues, chart: HelmChartChoice): [string[], unknown][] {
  const mq = v.msgStreamType;
  const pulsarInCluster = mq === 'pulsar' && !v.pulsar.external;
  const woodpeckerService = mq === 'woodpecker' && v.woodpecker.external;
  const out: [string[], unknown][] = [[['cluster', 'enabled'], v.mode === 'cluster']];
  // Cluster mode ignores standalone.messageQueue (config.tpl writes block C only without cluster.enabled).
  if (v.mode === 'standalone') out.push([['standalone', 'messageQueue'], mq]);
  const flags: [string, boolean][] = [
    ['pulsarv3', pulsarInCluster && pulsarSubchart(v, chart) === 'pulsarv3'],
    ['pulsar', pulsarInCluster && pulsarSubchart(v, chart) === 'pulsar'],
    ['kafka', mq === 'kafka' && !v.kafka.external],
    ['woodpecker', mq === 'woodpecker' && (v.mode === 'cluster' || woodpeckerService)],
    ['externalPulsar', mq === 'pulsar' && v.pulsar.external],
    ['externalKafka', mq === 'kafka' && v.kafka.external],
  ];
  // A switch the chart version does not have (pulsarv3 before 4.2.21, woodpecker before 4.2.42)
  // is not written off: the key would not exist.
  for (const [key, on] of flags)
    if (on || chartDefault(chart, `${key}.enabled`) !== undefined) out.push([[key, 'enabled'], on]);
  if (mq === 'pulsar' && v.pulsar.external) {
    // config.tpl writes host and port as two keys; the operator's endpoint is one host:port.
    const endpoint = v.pulsar.endpoint.trim();
    const colon = endpoint.lastIndexOf(':');
    const port = colon > endpoint.lastIndexOf(']') ? Number(endpoint.slice(colon + 1)) : NaN;
    out.push([['externalPulsar', 'host'], Number.isInteger(port) ? endpoint.slice(0, colon) : endpoint]);
    if (Number.isInteger(port)) out.push([['externalPulsar', 'port'], port]);
  }
  if (mq === 'kafka' && v.kafka.external) {
    // config.tpl renders brokerList as written: one string, the brokers separated by commas.
    out.push([['externalKafka', 'brokerList'], v.kafka.brokerList.join(',')]);
    // The chart's default is SASL_SSL: a Kafka without security must say PLAINTEXT.
    out.push([['externalKafka', 'securityProtocol'], v.kafka.securityProtocol ?? 'PLAINTEXT']);
  }
  // helpers.tpl milvus.woodpecker.external.enabled: the service runs when woodpecker.enabled and not embedded.
  if (mq === 'woodpecker') out.push([['streaming', 'woodpecker', 'embedded'], !woodpeckerService]);
  return out;
}

/** What the wizard's values become in the chart's values, before any YAML. */
export function planHelmValues(v: WizardValues, chart: HelmChartChoice): HelmValuesPlan {
  const values: Tree = {};
  const userYaml: Tree = {};
  const secrets: EnvSecret[] = [];
  const notWritten: NotWritten[] = [];
  const image = splitImage(v.image);
  if (image) {
    put(values, ['image', 'all', 'repository'], image.repository);
    put(values, ['image', 'all', 'tag'], image.tag);
  } else if (v.image !== '') {
    notWritten.push({
      field: 'image',
      reason:
        'The chart writes the image as repository:tag; a digest or an image without a tag cannot be given.',
    });
  }
  for (const [path, value] of storageSwitches(v, chart)) put(values, path, value);
  const mq = v.msgStreamType;
  // The operator's places of the chosen storage, moved to the chart's (places.ts).
  for (const entry of writeFields(storageOf(mq), v[mq], { apiVersion: 'v1beta1', mode: v.mode })) {
    const place = helmPlaceOf(entry, v, chart);
    const field = entry.field.join('.');
    // A secret is the command's: the entry is written only where it is needed (Kafka: only where
    // SASL asks for it, below).
    if (place.kind === 'env' && place.secret !== KAFKA_SASL_PASSWORD_ENV) secrets.push(place.secret);
    if (place.kind === 'switch' || place.kind === 'env') continue;
    if (entry.value === undefined) continue;
    if (place.kind === 'none') notWritten.push({ field, reason: place.reason });
    else if (place.kind === 'values') put(values, place.path, entry.value);
    else put(userYaml, place.path, entry.value);
  }
  // SASL needs a password, which the form never holds on Helm: the install command passes it.
  if (mq === 'kafka' && v.kafka.external && /^SASL_/.test(v.kafka.securityProtocol ?? '')) {
    secrets.push(KAFKA_SASL_PASSWORD_ENV);
  }
  if (Object.keys(userYaml).length > 0) put(values, ['extraConfigFiles', 'user.yaml'], userYaml);
  return { values, userYaml, secrets, notWritten };
}

/** The values file's first line: what runs, and with which chart. */
export function helmHeadline(v: WizardValues, chart: HelmChartChoice): string {
  const side =
    v.msgStreamType === 'pulsar' || v.msgStreamType === 'kafka'
      ? v[v.msgStreamType].external
        ? ' (external)'
        : ' (in the release)'
      : v.msgStreamType === 'woodpecker' && v.woodpecker.external
        ? ' (as a service)'
        : '';
  return `Milvus ${v.milvusVersion} ${v.mode} with ${MQ_LABELS[v.msgStreamType]}${side} as message storage: values for the milvus-helm chart ${chart.version} (zilliztech/milvus).`;
}

/** The comment above each top-level block, naming the template that reads it. */
function blockComments(v: WizardValues): Record<string, string> {
  return {
    image:
      "The image decides which Milvus runs (templates/_helpers.tpl milvus.image); the chart's appVersion applies without it.",
    cluster:
      'cluster.enabled: true runs each Milvus component in its own pods; false runs one standalone pod.',
    standalone:
      'standalone.messageQueue: config.tpl writes rocksmq, natsmq and woodpecker as its last mq.type block, which wins; pulsar and kafka come from their own switches below. persistence is the volume at /var/lib/milvus.',
    pulsarv3:
      'Apache Pulsar 3 subchart (alias pulsarv3): deployed whenever enabled, used only when no other block wins.',
    pulsar:
      "Pulsar 2 subchart: written off or on explicitly, so the chart version's default does not decide.",
    kafka: "Kafka subchart: when enabled, config.tpl's Kafka block comes after Pulsar's and wins.",
    woodpecker:
      "woodpecker.enabled picks Woodpecker in config.tpl's first block; with streaming.woodpecker.embedded: false the chart also runs it as a service (a StatefulSet).",
    externalPulsar:
      'A Pulsar you run: config.tpl writes its host and port into milvus.yaml and it beats every in-release Pulsar.',
    externalKafka:
      "A Kafka you run: config.tpl writes these into milvus.yaml's kafka section. The password is never in this file.",
    streaming: "Woodpecker's settings (config.tpl writes woodpecker.storage.type from here).",
    extraConfigFiles: `Milvus settings the chart has no key for (${MQ_LABELS[v.msgStreamType]}): user.yaml is loaded last and overrides the chart's rendering.`,
  };
}

/** The values file as a Document, a comment on each block. */
export function helmValuesDocument(v: WizardValues, chart: HelmChartChoice): Document {
  const plan = planHelmValues(v, chart);
  const values = { ...plan.values };
  delete values.extraConfigFiles;
  const doc = new Document(values);
  if (Object.keys(plan.userYaml).length > 0) {
    const user = new Document(plan.userYaml).toString({ lineWidth: 0 });
    const block = new Scalar(user);
    block.type = Scalar.BLOCK_LITERAL;
    doc.set('extraConfigFiles', doc.createNode({ 'user.yaml': block }));
  }
  const lines = [` ${helmHeadline(v, chart)}`];
  if (plan.secrets.length > 0)
    lines.push(
      ` No password or token is written here: the install command passes ${plan.secrets.map((s) => `$${s.envVar}`).join(', ')} with --set-string.`,
    );
  doc.commentBefore = lines.join('\n');
  const comments = blockComments(v);
  const root = doc.contents;
  if (isMap(root)) {
    for (const key of Object.keys(comments)) {
      const pair = findPair(root, key) as Pair | undefined;
      if (!pair) continue;
      if (!isScalar(pair.key)) pair.key = new Scalar(pair.key);
      (pair.key as Scalar).commentBefore = ` ${comments[key]}`;
    }
  }
  return doc;
}

export function helmValuesYaml(v: WizardValues, chart: HelmChartChoice): string {
  return helmValuesDocument(v, chart).toString({ lineWidth: 0 });
}
