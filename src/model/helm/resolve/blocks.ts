/**
 * config.tpl's message-storage blocks, per chart version (the branches are data: chart/types.ts
 * `blocks`, read from each version's templates/config.tpl by scripts/helm-chart-facts.mjs):
 * - block A, `externalPulsar` → `pulsar` → `woodpecker` → `pulsarv3` (the first enabled wins);
 * - block B, `externalKafka` → `kafka`;
 * - block C, standalone only: `standalone.messageQueue` when it is one the template names
 *   (rocksmq, natsmq, woodpecker), through _helpers.tpl `milvus.standalone.messageQueue` from 5.0.0.
 * All three are written into one milvus.yaml; Milvus's YAML reader keeps the last duplicate key, so
 * C beats B beats A. Chart 5.0.19 templates/config.tpl lines 82-180.
 */
import type { YamlPath } from '../../findings/diagnostics.ts';
import type { MsgStreamType } from '../../facts/support.ts';
import { truthy, type MergedValues } from '../read/merge.ts';

export type BlockId = 'A' | 'B' | 'C';

export interface WrittenBlock {
  block: BlockId;
  /** The values key whose branch wrote it: externalPulsar, pulsar, woodpecker, pulsarv3, externalKafka, kafka, or standalone.messageQueue. */
  branch: string;
  type: MsgStreamType;
  /** The key that opened the branch (what a finding about this block points at). */
  at: YamlPath;
  /** The milvus.yaml sections the block writes (mq, messageQueue and its storage's section). */
  config: Record<string, unknown>;
}

export interface RenderOptions {
  /** The Helm release name (the chart wires `<release>-pulsarv3-proxy` …). */
  release: string;
  /** `helm upgrade` of a release whose standalone Deployment exists: the queue its `milvus.io/message-queue` annotation names (undefined: none, so RocksMQ). Only for upgrades. */
  upgradeOf?: { annotation?: string };
}

const str = (v: unknown): string => (v === undefined || v === null ? '' : String(v));

/** `contains .Values.X.name .Release.Name`: the chart then drops the name from the Service. */
function serviceBase(values: MergedValues, key: string, release: string): string {
  const name = str(values.value([key, 'name']));
  return name !== '' && release.includes(name) ? release : `${release}-${name}`;
}

function pulsarSection(values: MergedValues, branch: string, release: string): Record<string, unknown> {
  if (branch === 'externalPulsar') {
    const e = (k: string) => values.value(['externalPulsar', k]);
    return {
      address: e('host'),
      port: e('port'),
      maxMessageSize: e('maxMessageSize'),
      tenant: str(e('tenant')),
      namespace: e('namespace'),
      authPlugin: e('authPlugin'),
      authParams: e('authParams'),
    };
  }
  return {
    address: `${serviceBase(values, branch, release)}-proxy`,
    port: values.value([branch, 'proxy', 'ports', 'pulsar']),
    maxMessageSize:
      branch === 'pulsar'
        ? values.value(['pulsar', 'maxMessageSize'])
        : values.value(['pulsarv3', 'broker', 'configData', 'maxMessageSize']),
  };
}

function kafkaSection(values: MergedValues, branch: string, release: string): Record<string, unknown> {
  if (branch === 'externalKafka') {
    const e = (...k: string[]) => values.value(['externalKafka', ...k]);
    return {
      brokerList: e('brokerList'),
      securityProtocol: e('securityProtocol'),
      saslMechanisms: e('sasl', 'mechanisms'),
      ...(truthy(e('sasl', 'username')) ? { saslUsername: e('sasl', 'username') } : {}),
      ...(truthy(e('sasl', 'password')) ? { saslPassword: e('sasl', 'password') } : {}),
    };
  }
  return {
    brokerList: `${serviceBase(values, 'kafka', release)}:${str(values.value(['kafka', 'service', 'ports', 'client']))}`,
  };
}

function chain(
  values: MergedValues,
  branches: readonly { flag: string; clusterOnly: boolean }[],
  cluster: boolean,
) {
  return branches.find((b) => truthy(values.value([b.flag, 'enabled'])) && (!b.clusterOnly || cluster));
}

/** What `milvus.standalone.messageQueue` prints (_helpers.tpl, chart 5.0.0 and later). */
function standaloneQueue(values: MergedValues, options: RenderOptions): string {
  const asked = str(values.value(['standalone', 'messageQueue']));
  if (!values.chart.blocks.standalone.keepsEarlierMqOnUpgrade || asked !== 'woodpecker' || !options.upgradeOf)
    return asked;
  return options.upgradeOf.annotation || 'rocksmq';
}

export function writtenBlocks(values: MergedValues, options: RenderOptions): WrittenBlock[] {
  const cluster = truthy(values.value(['cluster', 'enabled']));
  const out: WrittenBlock[] = [];
  const a = chain(values, values.chart.blocks.pulsarSide, cluster);
  if (a) {
    const type: MsgStreamType = a.flag === 'woodpecker' ? 'woodpecker' : 'pulsar';
    out.push({
      block: 'A',
      branch: a.flag,
      type,
      at: [a.flag, 'enabled'],
      config: {
        mq: { type },
        messageQueue: type,
        ...(type === 'pulsar' ? { pulsar: pulsarSection(values, a.flag, options.release) } : {}),
      },
    });
  }
  const b = chain(values, values.chart.blocks.kafkaSide, cluster);
  if (b)
    out.push({
      block: 'B',
      branch: b.flag,
      type: 'kafka',
      at: [b.flag, 'enabled'],
      config: {
        mq: { type: 'kafka' },
        messageQueue: 'kafka',
        kafka: kafkaSection(values, b.flag, options.release),
      },
    });
  const asked = str(values.value(['standalone', 'messageQueue']));
  if (!cluster && values.chart.blocks.standalone.messageQueues.includes(asked)) {
    const type = standaloneQueue(values, options) as MsgStreamType;
    out.push({
      block: 'C',
      branch: 'standalone.messageQueue',
      type,
      at: ['standalone', 'messageQueue'],
      config: { mq: { type }, messageQueue: type },
    });
  }
  return out;
}

/** The blocks' sections as one milvus.yaml reads them: a later duplicate top-level key replaces an earlier one. */
export function renderedConfig(blocks: readonly WrittenBlock[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const b of blocks) Object.assign(out, b.config);
  return out;
}
