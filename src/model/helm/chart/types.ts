/**
 * The facts of one milvus-helm chart version, as scripts/helm-chart-facts.mjs reads them from the
 * chart's tag (Chart.yaml, values.yaml, requirements.yaml, templates/config.tpl, _helpers.tpl).
 */

/** A scalar of values.yaml; `null` is a key present with no value (`storageClass:`). */
export type ChartScalar = string | number | boolean | null;

/** One branch of config.tpl's `if … else if …` chain that writes an `mq.type` block. */
export type MqBranch = {
  /** The values key whose `.enabled` opens the branch: externalPulsar, pulsar, woodpecker, pulsarv3, externalKafka, kafka. */
  flag: string;
  /** `and .Values.cluster.enabled …` (chart 4.2.42 only): the branch is skipped in standalone. */
  clusterOnly: boolean;
};

export type ChartVersionFacts = {
  /** The chart's version (Chart.yaml `version`), e.g. "5.0.19". */
  version: string;
  /** The Milvus version the chart ships (Chart.yaml `appVersion`), e.g. "2.6.15". */
  appVersion: string;
  /** The git tag it was read at (zilliztech/milvus-helm), and that tag's commit. */
  tag: string;
  commit: string;
  /** values.yaml's defaults of the message-storage keys, by dotted path; a key absent here does not exist in that version. */
  defaults: Readonly<Record<string, ChartScalar>>;
  /** values.yaml's top-level keys (a values file with one of them is a values file of this chart). */
  topLevelKeys: readonly string[];
  /** The child keys of the maps the chart itself reads (not a subchart's): cluster, standalone, streaming, streamingNode, woodpecker, externalPulsar, externalKafka, image. */
  ownedKeys: Readonly<Record<string, readonly string[]>>;
  /** requirements.yaml: each subchart, its alias (the values key), version and condition. */
  subcharts: readonly { name: string; alias?: string; version: string; condition: string }[];
  /** config.tpl's three mq blocks, in the order they are written (the last one written wins). */
  blocks: {
    /** Block A: the Pulsar/Woodpecker chain. */
    pulsarSide: readonly MqBranch[];
    /** Block B: the Kafka chain. */
    kafkaSide: readonly MqBranch[];
    /** Block C, standalone only: the `standalone.messageQueue` values it writes, and whether it goes through _helpers.tpl's `milvus.standalone.messageQueue` (an upgraded standalone keeps the queue its Deployment's `milvus.io/message-queue` annotation names, else RocksMQ). */
    standalone: { messageQueues: readonly string[]; keepsEarlierMqOnUpgrade: boolean };
  };
  /** _helpers.tpl has `milvus.woodpecker.external.enabled`: Woodpecker as a service (woodpecker.enabled and streaming.woodpecker.embedded: false). */
  woodpeckerService: boolean;
};
