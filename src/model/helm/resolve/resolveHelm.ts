/**
 * The Helm front end's resolution: merged values (../read/) → what the chart renders and what runs
 * (the seam's WhatRuns, ../../whatRuns/types.ts). Read at chart 5.0.19: templates/config.tpl (the
 * mq blocks, the woodpecker section), _helpers.tpl (standalone messageQueue, Woodpecker service),
 * requirements.yaml (the subcharts and their conditions), pvc.yaml and standalone-deployment.yaml
 * (persistence); the branches and defaults of other versions come from chart/chartVersions.generated.ts.
 */
import { milvusKeyForm } from '../../facts/milvusConfigKeys.ts';
import { MQ_LABELS, milvusOwnDefault, type MsgStreamType } from '../../facts/support.ts';
import { atLeastMinor, formatVersion, parseVersion } from '../../facts/versions.ts';
import { parseStream } from '../../yaml/parseStream.ts';
import { toPlain } from '../../yaml/toPlain.ts';
import { Resolver } from '../../yaml/yamlNav.ts';
import type { FactRef, WhatRuns, WhatRunsRelease } from '../../whatRuns/types.ts';
import type { ChartVersionFacts } from '../chart/types.ts';
import { MergedValues, truthy } from '../read/merge.ts';
import { isJson, type ReadValues } from '../read/sources.ts';
import { renderedConfig, writtenBlocks, type RenderOptions, type WrittenBlock } from './blocks.ts';

export interface HelmResolveOptions {
  /** --milvus-version: judge as this Milvus version. */
  milvusVersion?: string;
  /** The Helm release name; the docs' `my-release` by default. */
  release?: string;
  upgradeOf?: RenderOptions['upgradeOf'];
}

/** The milvus.yaml sections that concern the message storage. */
export const MESSAGE_STORAGE_SECTIONS = [
  'mq',
  'messageQueue',
  'pulsar',
  'kafka',
  'rocksmq',
  'natsmq',
  'woodpecker',
] as const;

export interface UserYaml {
  /** Its message-storage sections, as plain data. */
  config: Record<string, unknown>;
  /** Dotted keys it sets over the chart's rendering: `mq.type`, `pulsar.address`. */
  overrides: string[];
  /** It could not be read as YAML (Milvus then fails to start): the reason. */
  problem?: string;
}

export interface SubchartUse {
  /** The values key (alias) of the subchart, or `woodpecker` for the chart's own Woodpecker StatefulSet. */
  key: 'pulsar' | 'pulsarv3' | 'kafka' | 'woodpecker';
  deployed: boolean;
  used: boolean;
  label: string;
}

export interface HelmResolved {
  chart: ChartVersionFacts;
  release: string;
  values: MergedValues;
  mode: 'standalone' | 'cluster';
  blocks: WrittenBlock[];
  /** The block whose mq.type Milvus keeps (the last written); null: none, Milvus's own default. */
  winner: WrittenBlock | null;
  /** What Milvus takes with no block: its own default. */
  milvusDefault: MsgStreamType;
  /** The chart's rendering of the message-storage sections (before user.yaml). */
  rendered: Record<string, unknown>;
  userYaml: UserYaml | null;
  /** The message-storage part of the milvus.yaml Milvus receives (rendered, then user.yaml). */
  config: Record<string, unknown>;
  /** customConfigMap replaces the whole rendering: what runs is not known from the values. */
  customConfigMap: string;
  subcharts: SubchartUse[];
  whatRuns: WhatRuns;
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

function deepMerge(
  into: Record<string, unknown>,
  from: Record<string, unknown>,
  prefix: string,
  keys: string[],
): void {
  for (const [written, v] of Object.entries(from)) {
    // Milvus finds a setting by its lookup form, so user.yaml's mq.Type overrides the chart's mq.type.
    const k = Object.keys(into).find((key) => milvusKeyForm(key) === milvusKeyForm(written)) ?? written;
    const here = prefix ? `${prefix}.${k}` : k;
    if (isJson(v) && isJson(into[k])) deepMerge(into[k] as Record<string, unknown>, v, here, keys);
    else {
      into[k] = v;
      keys.push(here);
    }
  }
}

function readUserYaml(values: MergedValues): UserYaml | null {
  const text = values.value(['extraConfigFiles', 'user.yaml']);
  if (typeof text !== 'string' || text.trim() === '') return null;
  const stream = parseStream(text);
  const doc = stream.documents[0];
  if (stream.refused || !doc || doc.hasErrors || doc.aliasBomb)
    return { config: {}, overrides: [], problem: stream.diagnostics[0]?.message ?? 'it is not YAML' };
  const plain = toPlain(new Resolver(doc.doc, doc.aliasTargets), doc.doc.contents);
  if (plain === null || plain === undefined) return null;
  if (!isJson(plain)) return { config: {}, overrides: [], problem: 'it is not a YAML map' };
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(plain)) {
    const section = MESSAGE_STORAGE_SECTIONS.find((name) => milvusKeyForm(name) === milvusKeyForm(k));
    if (section) config[section] = v;
  }
  return { config, overrides: [] };
}

function versionOf(values: MergedValues, options: HelmResolveOptions): WhatRuns['version'] {
  if (options.milvusVersion) {
    const v = parseVersion(options.milvusVersion);
    if (v)
      return {
        version: v,
        label: formatVersion(v),
        origin: `--milvus-version ${options.milvusVersion}`,
        at: null,
      };
  }
  const tag = values.get(['image', 'all', 'tag']);
  if (tag.from === 'user') {
    const v = parseVersion(str(tag.value));
    if (v)
      return {
        version: v,
        label: formatVersion(v),
        origin: `image.all.tag: ${str(tag.value)}`,
        at: { path: ['image', 'all', 'tag'], part: 'value' },
      };
  }
  const app = parseVersion(values.chart.appVersion) ?? { major: 2, minor: 6, patch: 0 };
  const unread = tag.from === 'user' ? `image.all.tag ${str(tag.value)} names no version, so ` : '';
  return {
    version: app,
    label: formatVersion(app),
    origin: `${unread}the chart's appVersion (chart ${values.chart.version}: ${values.chart.appVersion})`,
    at: tag.from === 'user' ? { path: ['image', 'all', 'tag'], part: 'value' } : null,
  };
}

const SUBCHART_LABELS = {
  pulsar: 'Pulsar v2 (subchart pulsarv2, alias pulsar)',
  pulsarv3: 'Apache Pulsar v3 (subchart pulsar, alias pulsarv3)',
  kafka: 'Kafka (Bitnami subchart kafka)',
  woodpecker: "Woodpecker service (the chart's StatefulSet)",
} as const;

function subchartUses(
  values: MergedValues,
  winner: WrittenBlock | null,
  woodpeckerService: boolean,
): SubchartUse[] {
  const out: SubchartUse[] = [];
  for (const key of ['pulsarv3', 'pulsar', 'kafka'] as const) {
    if (
      key === 'pulsarv3' &&
      values.chartDefault(['pulsarv3', 'enabled']) === undefined &&
      !values.isSet(['pulsarv3'])
    )
      continue;
    const deployed = truthy(values.value([key, 'enabled']));
    if (!deployed && !values.isSet([key, 'enabled'])) continue;
    out.push({ key, deployed, used: winner?.branch === key, label: SUBCHART_LABELS[key] });
  }
  if (woodpeckerService)
    out.push({
      key: 'woodpecker',
      deployed: true,
      used: winner?.type === 'woodpecker',
      label: SUBCHART_LABELS.woodpecker,
    });
  return out;
}

export function resolveHelm(
  inputs: readonly ReadValues[],
  chart: ChartVersionFacts,
  options: HelmResolveOptions = {},
): HelmResolved {
  const release = options.release ?? 'my-release';
  const values = new MergedValues(inputs, chart);
  const mode = truthy(values.value(['cluster', 'enabled'])) ? 'cluster' : 'standalone';
  const blocks = writtenBlocks(values, {
    release,
    ...(options.upgradeOf ? { upgradeOf: options.upgradeOf } : {}),
  });
  const winner = blocks.at(-1) ?? null;
  const version = versionOf(values, options);
  const milvusDefault: MsgStreamType = atLeastMinor(version.version, '3.0')
    ? milvusOwnDefault(mode, version.version)
    : mode === 'cluster'
      ? 'pulsar'
      : 'rocksmq';
  const rendered = renderedConfig(blocks);
  // The woodpecker section (chart 5.0.8 and later: config.tpl writes it whatever the storage).
  const woodpeckerService =
    chart.woodpeckerService &&
    truthy(values.value(['woodpecker', 'enabled'])) &&
    values.value(['streaming', 'woodpecker', 'embedded']) === false;
  if (chart.woodpeckerService)
    rendered.woodpecker = {
      storage: {
        type: woodpeckerService
          ? 'service'
          : str(values.value(['streaming', 'woodpecker', 'storage', 'type'])) || 'minio',
      },
    };
  const userYaml = readUserYaml(values);
  const config = structuredClone(rendered);
  if (userYaml) deepMerge(config, userYaml.config, '', userYaml.overrides);
  const customConfigMap = str(values.value(['customConfigMap']));

  // The storage Milvus runs: user.yaml's mq.type over the blocks' (Milvus reads user.yaml last).
  const mqType = isJson(config.mq) ? str(config.mq.type) : '';
  const typeFromConfig = (['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'] as const).find(
    (t) => t === mqType,
  );
  const type: MsgStreamType | 'custom' = customConfigMap
    ? 'custom'
    : (typeFromConfig ?? (winner ? winner.type : milvusDefault));
  const userSetType =
    userYaml?.overrides.includes('mq.type') === true || (userYaml?.overrides.includes('mq') ?? false);
  const storageAt: FactRef | null = customConfigMap
    ? { path: ['customConfigMap'], part: 'value' }
    : userSetType
      ? { path: ['extraConfigFiles', 'user.yaml'], part: 'value' }
      : winner
        ? { path: winner.at, part: winner.block === 'C' ? 'value' : 'key' }
        : mode === 'standalone' && values.isSet(['standalone', 'messageQueue'])
          ? { path: ['standalone', 'messageQueue'], part: 'value' }
          : { path: ['cluster', 'enabled'], part: 'value' };
  const reason = storageReason(values, blocks, winner, mode, milvusDefault, customConfigMap, userSetType);
  const side: WhatRuns['storage']['side'] =
    type === 'custom'
      ? 'custom'
      : type === 'rocksmq' || type === 'natsmq'
        ? 'embedded'
        : type === 'woodpecker'
          ? woodpeckerService
            ? 'in-cluster'
            : 'embedded'
          : winner?.branch.startsWith('external') && winner.type === type
            ? 'external'
            : winner?.type === type
              ? 'in-cluster'
              : 'external';
  const chosen =
    winner?.block === 'C' && !userSetType
      ? `standalone.messageQueue is ${winner.type}`
      : winner && !userSetType
        ? `${winner.branch}.enabled is true (${MQ_LABELS[winner.type]} wins config.tpl's blocks)`
        : `${type === 'custom' ? 'A custom config' : MQ_LABELS[type]} is what Milvus receives`;

  const subcharts = subchartUses(values, winner, woodpeckerService);
  const kafka = isJson(config.kafka) ? config.kafka : {};
  const fromExternalKafka = winner?.branch === 'externalKafka';
  const woodpeckerCfg =
    isJson(config.woodpecker) && isJson(config.woodpecker.storage) ? config.woodpecker.storage : {};
  const brokers = str(kafka.brokerList);
  const persistenceNeeded =
    mode === 'standalone' &&
    (type === 'rocksmq' ||
      type === 'natsmq' ||
      (type === 'woodpecker' && str(woodpeckerCfg.type) === 'local'));
  const persistenceOn = truthy(values.value(['standalone', 'persistence', 'enabled']));

  const whatRuns: WhatRuns = {
    frontEnd: 'helm',
    mode,
    modeAt: { path: ['cluster', 'enabled'], part: 'value' },
    version,
    storage: { type, side, reason, at: storageAt, chosen },
    addresses:
      type === 'kafka' && fromExternalKafka
        ? brokers.split(',').map((raw, i) => ({
            storage: 'kafka' as const,
            raw: raw.trim(),
            inCluster: false,
            label: `externalKafka.brokerList broker ${i + 1}`,
            at: { path: ['externalKafka', 'brokerList'] },
          }))
        : [],
    kafka:
      type === 'kafka'
        ? {
            securityProtocol: str(kafka.securityProtocol),
            saslMechanisms: str(kafka.saslMechanisms),
            saslUsername: str(kafka.saslUsername),
            saslPassword: str(kafka.saslPassword),
            secretRef: '',
            // The chart's externalKafka has no Secret for the SASL credentials.
            secretField: false,
            at: {
              protocol: { path: ['externalKafka', 'securityProtocol'], part: 'value' },
              mechanism: { path: ['externalKafka', 'sasl', 'mechanisms'], part: 'value' },
              credentials: { path: ['externalKafka', 'sasl'] },
            },
          }
        : null,
    woodpecker:
      type === 'woodpecker'
        ? {
            embedded: !woodpeckerService,
            storageType: str(woodpeckerCfg.type) || 'minio',
            forceLocalStorage: woodpeckerCfg.forceLocalStorage,
            // Milvus's own key: the chart writes it from streaming.woodpecker.storage.type or user.yaml.
            typeLabel: 'woodpecker.storage.type',
            at: woodpeckerService
              ? { path: ['streaming', 'woodpecker', 'embedded'], part: 'value' }
              : { path: ['streaming', 'woodpecker', 'storage', 'type'], part: 'value' },
          }
        : null,
    config,
    releases: subcharts.map((s): WhatRunsRelease => ({
      name: s.key,
      chart: s.label,
      deployed: s.deployed,
      used: s.used,
      at: { path: [s.key, 'enabled'] },
    })),
    persistence: persistenceNeeded
      ? {
          enabled: persistenceOn,
          where: persistenceOn
            ? `a PersistentVolumeClaim${values.value(['standalone', 'persistence', 'persistentVolumeClaim', 'existingClaim']) ? ` (${str(values.value(['standalone', 'persistence', 'persistentVolumeClaim', 'existingClaim']))})` : ` of ${str(values.value(['standalone', 'persistence', 'persistentVolumeClaim', 'size']))}`} at ${str(values.value(['standalone', 'persistence', 'mountPath']))}`
            : 'an emptyDir (standalone.persistence.enabled is false)',
          at: { path: ['standalone', 'persistence', 'enabled'], part: 'value' },
        }
      : null,
  };
  return {
    chart,
    release,
    values,
    mode,
    blocks,
    winner,
    milvusDefault,
    rendered,
    userYaml,
    config,
    customConfigMap,
    subcharts,
    whatRuns,
  };
}

function storageReason(
  values: MergedValues,
  blocks: readonly WrittenBlock[],
  winner: WrittenBlock | null,
  mode: 'standalone' | 'cluster',
  milvusDefault: MsgStreamType,
  customConfigMap: string,
  userSetType: boolean,
): string {
  if (customConfigMap)
    return `customConfigMap ${customConfigMap} replaces the whole milvus.yaml the chart renders, so the values do not say which storage runs`;
  if (userSetType)
    return `extraConfigFiles.user.yaml sets mq.type, and Milvus reads user.yaml after the chart's milvus.yaml`;
  if (!winner) {
    const asked = str(values.value(['standalone', 'messageQueue']));
    const ignored =
      mode === 'standalone' && asked !== ''
        ? ` (standalone.messageQueue "${asked}" writes no block: the template writes one only for ${values.chart.blocks.standalone.messageQueues.join(', ')}, and nothing of that kind is enabled)`
        : '';
    return `no mq block is written (no storage is enabled in the values${ignored}), so Milvus takes its own default: ${MQ_LABELS[milvusDefault]}${milvusDefault === 'pulsar' ? ' at localhost:6650, where nothing listens' : ''}`;
  }
  const why = (b: WrittenBlock) =>
    b.block === 'C'
      ? `standalone.messageQueue: ${b.type} (block C)`
      : `${b.branch}.enabled (block ${b.block})`;
  if (blocks.length === 1) return `${why(winner)} writes the only mq block`;
  return `config.tpl writes ${blocks.map(why).join(', then ')} into one milvus.yaml, and Milvus keeps the last mq.type: ${why(winner)} wins`;
}
