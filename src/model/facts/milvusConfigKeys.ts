/**
 * GENERATED DATA: the keys Milvus reads in the message-storage sections (mq, pulsar, kafka, rocksmq,
 * natsmq, woodpecker) of its configs/milvus.yaml, as full dotted paths (nested maps such as
 * kafka.ssl.* and woodpecker.client.* spelled out), key names only.
 *
 * Source: milvus-io/milvus configs/milvus.yaml on the branches 2.4, 2.5 and 2.6 (the excerpts the
 * team keeps of those sections; no commit recorded with them), read on 2026-12-07. The kafka
 * section is commented out in that file (Milvus documents its keys there): its keys count.
 * 2.3: Milvus Lite 2.3's copy of the file (milvus-io/milvus-lite, branch 2.3,
 * src/milvus/data/config.yaml.template), whose six sections are identical at the commits that pin
 * the Milvus it builds (milvus_binary/env.sh) to v2.3.2 (09c0b66, 2023-11-04), v2.3.3 (tag v2.3.3,
 * a313d95), v2.3.4 (dbd0761), v2.3.5 (989a099, 2024-01-19) and v2.3.8 (acecc9b), and word for word
 * those of upstream's configs/milvus.yaml at 001169c; read on 2026-12-07.
 * 3.0: the 3.0 branch's configs/milvus.yaml and its paramtable (pkg/util/paramtable/service_param.go,
 * which declares every key Milvus reads) at milvus-io/milvus bb41eb5 (2026-08-07, the branch's head
 * after the v3.0.0 bump of 2026-07-30; read from a synced mirror, the commit the same upstream). The
 * late 2.6 line was read the same way at the 2.6 branch's d73c8e5 (2026-07-23, after the v2.6.20
 * bump): these sections match the 2.6 excerpt, plus 2.6.21's two batch keys (milvus-io/milvus#50201).
 * MILVUS_CODE_ONLY_KEYS: keys Milvus's paramtable reads that configs/milvus.yaml does not list,
 * each with where it shows. MILVUS_FREE_FORM_GROUPS: prefixes under which Milvus passes every key on.
 */
import { STREAMING_SINCE, type MilvusMinor } from './versions.ts';

export const MILVUS_CONFIG_SECTIONS = ['mq', 'pulsar', 'kafka', 'rocksmq', 'natsmq', 'woodpecker'] as const;

const KEYS_2_4: readonly string[] = [
  'mq.type',
  'mq.enablePursuitMode',
  'mq.pursuitLag',
  'mq.pursuitBufferSize',
  'mq.pursuitBufferTime',
  'mq.mqBufSize',
  'mq.dispatcher.mergeCheckInterval',
  'mq.dispatcher.targetBufSize',
  'mq.dispatcher.maxTolerantLag',
  'pulsar.address',
  'pulsar.port',
  'pulsar.webport',
  'pulsar.maxMessageSize',
  'pulsar.tenant',
  'pulsar.namespace',
  'pulsar.requestTimeout',
  'pulsar.enableClientMetrics',
  'kafka.brokerList',
  'kafka.saslUsername',
  'kafka.saslPassword',
  'kafka.saslMechanisms',
  'kafka.securityProtocol',
  'kafka.ssl.enabled',
  'kafka.ssl.tlsCert',
  'kafka.ssl.tlsKey',
  'kafka.ssl.tlsCaCert',
  'kafka.ssl.tlsKeyPassword',
  'kafka.readTimeout',
  'rocksmq.path',
  'rocksmq.lrucacheratio',
  'rocksmq.rocksmqPageSize',
  'rocksmq.retentionTimeInMinutes',
  'rocksmq.retentionSizeInMB',
  'rocksmq.compactionInterval',
  'rocksmq.compressionTypes',
  'natsmq.server.port',
  'natsmq.server.storeDir',
  'natsmq.server.maxFileStore',
  'natsmq.server.maxPayload',
  'natsmq.server.maxPending',
  'natsmq.server.initializeTimeout',
  'natsmq.server.monitor.trace',
  'natsmq.server.monitor.debug',
  'natsmq.server.monitor.logTime',
  'natsmq.server.monitor.logFile',
  'natsmq.server.monitor.logSizeLimit',
  'natsmq.server.retention.maxAge',
  'natsmq.server.retention.maxBytes',
  'natsmq.server.retention.maxMsgs',
];

/**
 * 2.3: 2.4's keys, but its file's mq section lists mq.type alone (pursuit mode, read since 2.3.0, is
 * in MILVUS_CODE_ONLY_KEYS below; its buffer time and the dispatcher's keys came in 2.4). kafka.ssl.*
 * came in 2.3.11 (the Kafka TLS backport, milvus-io/milvus#30466; the paramtable's
 * `Version: "2.3.11"`): kept, because the table is per minor and the 2.3 line still run is a late
 * patch, where a false "Milvus ignores it" on a TLS setting would be the worse mistake.
 */
const KEYS_2_3: readonly string[] = KEYS_2_4.filter((key) => !key.startsWith('mq.') || key === 'mq.type');

/**
 * 2.6: natsmq is gone (NATS removed before 2.6.0, milvus-io/milvus#41565); woodpecker arrives. The
 * two segmentAppend batch keys came in 2.6.21 (milvus-io/milvus#50201): kept, the table being per minor.
 */
const KEYS_2_6: readonly string[] = [
  ...KEYS_2_4.filter((key) => !key.startsWith('natsmq.')),
  'pulsar.backlogAutoClearBytes',
  'kafka.queuedmaxkbytes',
  'woodpecker.meta.type',
  'woodpecker.meta.prefix',
  'woodpecker.client.segmentAppend.queueSize',
  'woodpecker.client.segmentAppend.maxRetries',
  'woodpecker.client.segmentAppend.maxBatchEntries',
  'woodpecker.client.segmentAppend.maxBatchBytes',
  'woodpecker.client.segmentRollingPolicy.maxSize',
  'woodpecker.client.segmentRollingPolicy.maxInterval',
  'woodpecker.client.segmentRollingPolicy.maxBlocks',
  'woodpecker.client.auditor.maxInterval',
  'woodpecker.logstore.segmentSyncPolicy.maxInterval',
  'woodpecker.logstore.segmentSyncPolicy.maxIntervalForLocalStorage',
  'woodpecker.logstore.segmentSyncPolicy.maxBytes',
  'woodpecker.logstore.segmentSyncPolicy.maxEntries',
  'woodpecker.logstore.segmentSyncPolicy.maxFlushRetries',
  'woodpecker.logstore.segmentSyncPolicy.retryInterval',
  'woodpecker.logstore.segmentSyncPolicy.maxFlushSize',
  'woodpecker.logstore.segmentSyncPolicy.maxFlushThreads',
  'woodpecker.logstore.segmentCompactionPolicy.maxSize',
  'woodpecker.logstore.segmentCompactionPolicy.maxParallelUploads',
  'woodpecker.logstore.segmentCompactionPolicy.maxParallelReads',
  'woodpecker.logstore.segmentReadPolicy.maxBatchSize',
  'woodpecker.logstore.segmentReadPolicy.maxFetchThreads',
  'woodpecker.logstore.retentionPolicy.ttl',
  'woodpecker.logstore.fencePolicy.conditionWrite',
  'woodpecker.storage.type',
  'woodpecker.storage.rootPath',
];

export const MILVUS_CONFIG_KEYS: Partial<Record<MilvusMinor, readonly string[]>> = {
  '2.3': KEYS_2_3,
  '2.4': KEYS_2_4,
  // Identical to 2.4 in these sections.
  '2.5': KEYS_2_4,
  // The 2.6 line (STREAMING_SINCE).
  [STREAMING_SINCE]: KEYS_2_6,
  '3.0': [
    ...KEYS_2_6,
    // Woodpecker's service mode (woodpecker.storage.type: service), which Milvus 3.0's WAL builder
    // (pkg/streaming/walimpls/impls/wp/builder.go) opens with a remote client; 2.6 has none.
    'woodpecker.client.directRead.enabled',
    'woodpecker.client.directRead.maxBatchSize',
    'woodpecker.client.directRead.maxFetchThreads',
    'woodpecker.client.quorum.quorumBufferPools',
    'woodpecker.client.quorum.quorumSelectStrategy.affinityMode',
    'woodpecker.client.quorum.quorumSelectStrategy.replicas',
    'woodpecker.client.quorum.quorumSelectStrategy.strategy',
    'woodpecker.client.quorum.quorumSelectStrategy.customPlacement',
    'woodpecker.logstore.segmentSyncPolicy.maxIntervalForService',
  ],
};

/**
 * Read by Milvus but missing from its configs/milvus.yaml: its paramtable declares them without
 * `Export` (service_param.go, 2.6 and 3.0 branches above). pulsar.authPlugin and authParams (since
 * 2.2.0; the milvus-helm chart's config.tpl writes them for an external Pulsar), pulsar.webaddress
 * (2.0.0; Milvus rebuilds it from address and webport whatever is set), rocksmq.timtickerInterval
 * (2.2.2), mq.receiveBufSize (2.3.0), mq.ignoreBadPosition (2.3.16), mq.dispatcher.
 * maxPositionGapInMinutes (2.5). 2.3: pursuit mode's enablePursuitMode, pursuitLag,
 * pursuitBufferSize and mqBufSize are read since 2.3.0 (milvus-io/milvus#26098) though its file
 * lists them only from 2.4. 2.4 and 2.5: mq.dispatcher.maxDispatcherNumPerPchannel, retrySleep and
 * retryTimeout (paramtable `Version: "2.4.19"`); master dropped them before 2.6 (#39863, see
 * MILVUS_DROPPED_KEYS). 2.6 and 3.0: woodpecker.storage.forceLocalStorage (2.6.14; Milvus's
 * streaming util validateWALName). 3.0: pulsar.messageReserveSize, which master reads since
 * milvus-io/milvus#52775 (2026-09); whether a 3.0 patch has it is not established, and listing it
 * errs towards silence.
 */
const READ_SINCE_2_3 = [
  'pulsar.authPlugin',
  'pulsar.authParams',
  'pulsar.webaddress',
  'rocksmq.timtickerInterval',
  'mq.receiveBufSize',
  'mq.ignoreBadPosition',
];
const DISPATCHER_SINCE_2_4_19 = [
  'mq.dispatcher.maxDispatcherNumPerPchannel',
  'mq.dispatcher.retrySleep',
  'mq.dispatcher.retryTimeout',
];
const READ_SINCE_2_6 = [
  ...READ_SINCE_2_3,
  'mq.dispatcher.maxPositionGapInMinutes',
  'woodpecker.storage.forceLocalStorage',
];

export const MILVUS_CODE_ONLY_KEYS: Partial<Record<MilvusMinor, readonly string[]>> = {
  '2.3': [...READ_SINCE_2_3, 'mq.enablePursuitMode', 'mq.pursuitLag', 'mq.pursuitBufferSize', 'mq.mqBufSize'],
  '2.4': [...READ_SINCE_2_3, ...DISPATCHER_SINCE_2_4_19],
  '2.5': [...READ_SINCE_2_3, ...DISPATCHER_SINCE_2_4_19, 'mq.dispatcher.maxPositionGapInMinutes'],
  // The 2.6 line (STREAMING_SINCE).
  [STREAMING_SINCE]: READ_SINCE_2_6,
  '3.0': [...READ_SINCE_2_6, 'pulsar.messageReserveSize'],
};

/**
 * Keys a version no longer reads though Milvus's docs still show them, with what to tell the user.
 * The three dispatcher keys: added on master in milvus-io/milvus#38455 and removed in #39863 (2025-03,
 * before 2.6); milvus-io/web-content's v2.6.x configure_mq.md still lists them. The quorum keys:
 * Milvus 2.6 has no client for a Woodpecker service (its 2.6 branch never declared them, and 2.6.21
 * refuses woodpecker.storage.type: service, milvus-io/milvus#50201); 3.0 reads them.
 */
const DISPATCHER_DROPPED =
  'Milvus dropped it before 2.6 (milvus-io/milvus#39863), though the v2.6.x docs (configure_mq) still list it';
const QUORUM_ON_2_6 = 'Milvus 2.6 has no client for a Woodpecker service; Milvus 3.0 reads it';
export const MILVUS_DROPPED_KEYS: Partial<Record<MilvusMinor, Readonly<Record<string, string>>>> = {
  [STREAMING_SINCE]: {
    ...Object.fromEntries(DISPATCHER_SINCE_2_4_19.map((key) => [key, DISPATCHER_DROPPED])),
    'woodpecker.client.quorum': QUORUM_ON_2_6,
    'woodpecker.client.directRead': QUORUM_ON_2_6,
    'woodpecker.logstore.segmentSyncPolicy.maxIntervalForService': QUORUM_ON_2_6,
  },
  '3.0': Object.fromEntries(DISPATCHER_SINCE_2_4_19.map((key) => [key, DISPATCHER_DROPPED])),
};

/**
 * Groups whose keys Milvus hands on as they are (paramtable ParamGroups since 2.2.0): kafka.consumer.*
 * and kafka.producer.* go to the Kafka client's own configuration (librdkafka's names, such as
 * client.id), so no key under them is unknown to Milvus.
 */
export const MILVUS_FREE_FORM_GROUPS: readonly string[] = ['kafka.consumer', 'kafka.producer'];

/**
 * The form in which Milvus looks a setting up. Its config manager (milvus-io/milvus
 * pkg/config/config.go `formatKey`, which manager.go's GetConfig applies to every lookup, the same
 * since 2.2) lowercases the flattened key and drops '/', '_' and '.', except under `knowhere.`. So
 * kafka.ssl.tlsCACert (the 2.3 file's own spelling) and kafka.ssl.tlsCaCert, or kafka.sasl_username
 * and kafka.saslUsername, are one setting to Milvus.
 */
export function milvusKeyForm(dotted: string): string {
  if (dotted.startsWith('knowhere.')) return dotted;
  return dotted.toLowerCase().replace(/[/_.]/g, '');
}
