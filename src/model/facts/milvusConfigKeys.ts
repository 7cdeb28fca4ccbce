/**
 * GENERATED DATA: the keys Milvus reads in the message-storage sections (mq, pulsar, kafka, rocksmq,
 * natsmq, woodpecker) of its configs/milvus.yaml, as full dotted paths (nested maps such as
 * kafka.ssl.* and woodpecker.client.* spelled out), key names only.
 *
 * Source: milvus-io/milvus configs/milvus.yaml on the branches 2.4, 2.5 and 2.6 (the excerpts the
 * team keeps of those sections; no commit recorded with them), read on 2026-12-07. The kafka
 * section is commented out in that file (Milvus documents its keys there): its keys count.
 * Not here: 2.3 and 3.0, whose files could not be read for this table (the mirror of
 * milvus-io/milvus is over the size limit, and the stored copies are untagged development
 * snapshots); the rule checks nothing on those versions rather than guess. Looked at again on
 * 2026-12-07: the one stored configs/milvus.yaml (commit d63323d) is a 2.3-development file (natsmq,
 * no kafka.ssl, no pursuit mode) with no tag, so it cannot stand for 2.3.x's patches; the 2.3 docs'
 * sys_config pages cover pulsar and natsmq only; no 3.0 copy was found.
 *
 * MILVUS_CODE_ONLY_KEYS: keys Milvus's paramtable reads that configs/milvus.yaml does not list,
 * each with where it shows.
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

export const MILVUS_CONFIG_KEYS: Partial<Record<MilvusMinor, readonly string[]>> = {
  '2.4': KEYS_2_4,
  // Identical to 2.4 in these sections.
  '2.5': KEYS_2_4,
  // natsmq is gone (NATS removed in 2.6); woodpecker arrives.
  // The 2.6 line (STREAMING_SINCE).
  [STREAMING_SINCE]: [
    ...KEYS_2_4.filter((key) => !key.startsWith('natsmq.')),
    'pulsar.backlogAutoClearBytes',
    'kafka.queuedmaxkbytes',
    'woodpecker.meta.type',
    'woodpecker.meta.prefix',
    'woodpecker.client.segmentAppend.queueSize',
    'woodpecker.client.segmentAppend.maxRetries',
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
  ],
};

/**
 * Read by Milvus but missing from its configs/milvus.yaml. pulsar.authPlugin and authParams: the
 * milvus-helm chart's config.tpl writes them for an external Pulsar (chart 5.0.19). 2.6:
 * woodpecker.storage.forceLocalStorage (Milvus's streaming util validateWALName) and the service
 * mode's woodpecker.client.quorum.quorumBufferPools (written by milvus-operator v1.3.8
 * pkg/controllers/configmaps.go and by milvus-helm 5.0.19 config.tpl).
 */
export const MILVUS_CODE_ONLY_KEYS: Partial<Record<MilvusMinor, readonly string[]>> = {
  '2.4': ['pulsar.authPlugin', 'pulsar.authParams'],
  '2.5': ['pulsar.authPlugin', 'pulsar.authParams'],
  // The 2.6 line (STREAMING_SINCE).
  [STREAMING_SINCE]: [
    'pulsar.authPlugin',
    'pulsar.authParams',
    'woodpecker.storage.forceLocalStorage',
    'woodpecker.client.quorum.quorumBufferPools',
  ],
};
