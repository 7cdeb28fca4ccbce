/**
 * Test fixture: a representative stand-in for the default Helm values the operator merges under
 * `spec.dependencies.<dep>.inCluster.values` of a live Milvus (milvus-operator v1.3.8
 * `defaultValuesByDependency` in apis/milvus.io/v1beta1/milvus_webhook.go, reading the sections
 * `etcd`, `minio`, `pulsar`, `pulsarv3` and `kafka` of milvus-helm's charts/milvus/values.yaml
 * through pkg/helm/values/values.go, which sets `name: pulsar` and `nameOverride: ""` for
 * pulsarv3). Written for this project: the key names are the chart's (facts), the structure is
 * abridged and the numbers are placeholders of the right type. Not a copy of the chart's file.
 */

type Json = Record<string, unknown>;

const image = (repository: string, tag: string): Json => ({ repository, tag, pullPolicy: 'IfNotPresent' });
const probe = (extra: Json = {}): Json => ({ enabled: true, ...extra });
const volume = (size: string): Json => ({ enabled: true, storageClass: null, accessMode: 'ReadWriteOnce', size });

export function etcdDefaults(): Json {
  return {
    enabled: true,
    name: 'etcd',
    replicaCount: 3,
    pdb: { create: false },
    image: image('milvusdb/etcd', '3.5.25-r1'),
    service: { type: 'ClusterIP', port: 2379, peerPort: 2380 },
    auth: { rbac: { enabled: false, create: false }, token: { enabled: false } },
    persistence: volume('10Gi'),
    livenessProbe: probe({ timeoutSeconds: 10 }),
    readinessProbe: probe({ periodSeconds: 20, timeoutSeconds: 10 }),
    autoCompactionMode: 'revision',
    autoCompactionRetention: '1000',
    extraEnvVars: [
      { name: 'ETCD_QUOTA_BACKEND_BYTES', value: '4294967296' },
      { name: 'ETCD_HEARTBEAT_INTERVAL', value: '500' },
    ],
  };
}

/** The MinIO tag the operator's chart version pins (the operator's own e2e pulls this image). */
export const DEFAULT_MINIO_TAG = 'RELEASE.2024-12-18T13-15-44Z';

export function minioDefaults(): Json {
  return {
    enabled: true,
    name: 'minio',
    mode: 'distributed',
    image: { tag: DEFAULT_MINIO_TAG, pullPolicy: 'IfNotPresent' },
    accessKey: 'minioadmin',
    secretKey: 'minioadmin',
    existingSecret: '',
    bucketName: 'milvus-bucket',
    rootPath: 'file',
    useIAM: false,
    iamEndpoint: '',
    region: '',
    useVirtualHost: false,
    podDisruptionBudget: { enabled: false },
    resources: { requests: { memory: '2Gi' } },
    service: { type: 'ClusterIP', port: 9000 },
    persistence: { ...volume('500Gi'), existingClaim: '' },
    livenessProbe: probe({ initialDelaySeconds: 5, periodSeconds: 5 }),
    readinessProbe: probe({ initialDelaySeconds: 5, periodSeconds: 5 }),
    startupProbe: probe({ periodSeconds: 10, failureThreshold: 60 }),
  };
}

const pulsarComponent = (component: string, replicaCount: number, configData: Json, extra: Json = {}): Json => ({
  pdb: { usePolicy: false },
  affinity: { anti_affinity: false },
  component,
  replicaCount,
  podMonitor: { enabled: false },
  resources: { requests: { memory: '1024Mi', cpu: 0.3 } },
  configData: { PULSAR_MEM: '-Xms1024m -Xmx1024m', PULSAR_GC: '-XX:+UseG1GC', ...configData },
  ...extra,
});

const pulsarImages = (tag: string): Json => ({
  zookeeper: image('apachepulsar/pulsar', tag),
  bookie: image('apachepulsar/pulsar', tag),
  autorecovery: image('apachepulsar/pulsar', tag),
  broker: image('apachepulsar/pulsar', tag),
  proxy: image('apachepulsar/pulsar', tag),
});

const COMPONENTS: Json = {
  zookeeper: true,
  bookkeeper: true,
  autorecovery: true,
  broker: true,
  functions: false,
  proxy: true,
  toolset: false,
  pulsar_manager: false,
};

/** The `pulsarv3` section, as the operator hands it out (name pulsar, nameOverride ""). */
export function pulsarV3Defaults(): Json {
  return {
    name: 'pulsar',
    nameOverride: '',
    enabled: true,
    persistence: true,
    extra: {},
    monitoring: {},
    volumes: { persistence: true, local_storage: false },
    components: COMPONENTS,
    images: pulsarImages('3.0.7'),
    zookeeper: pulsarComponent('zookeeper', 3, {}, {
      updateStrategy: { type: 'RollingUpdate' },
      podManagementPolicy: 'Parallel',
      volumes: { persistence: true, data: { name: 'data', size: '20Gi' } },
    }),
    bookkeeper: pulsarComponent('bookie', 3, { nettyMaxFrameSizeBytes: '104867840' }, {
      updateStrategy: { type: 'RollingUpdate' },
      podManagementPolicy: 'Parallel',
      volumes: { persistence: true, journal: { name: 'journal', size: '100Gi' }, ledgers: { name: 'ledgers', size: '200Gi' } },
    }),
    autorecovery: pulsarComponent('recovery', 1, { PULSAR_PREFIX_useV2WireProtocol: 'true' }),
    pulsar_metadata: { component: 'pulsar-init', image: image('apachepulsar/pulsar', '3.0.7') },
    broker: pulsarComponent('broker', 2, {
      managedLedgerDefaultEnsembleSize: '2',
      managedLedgerDefaultWriteQuorum: '2',
      managedLedgerDefaultAckQuorum: '2',
      maxMessageSize: '104857600',
      defaultRetentionTimeInMinutes: '10080',
      backlogQuotaDefaultRetentionPolicy: 'producer_request_hold',
    }, { autoscaling: { enabled: false } }),
    proxy: pulsarComponent('proxy', 2, { httpNumThreads: '8' }, {
      autoscaling: { enabled: false },
      ports: { http: 80, https: 443, pulsar: 6650, pulsarssl: 6651, containerPorts: { http: 8080, https: 8443 } },
      service: { annotations: {}, type: 'ClusterIP' },
    }),
    'kube-prometheus-stack': { crds: { enabled: false }, enabled: false, prometheus: { enabled: false }, grafana: { enabled: false } },
  };
}

/** The `pulsar` section (Pulsar 2 chart, 2.7.8), what chartVersion other than pulsar-v3 gets. */
export function pulsarV2Defaults(): Json {
  return {
    enabled: false,
    name: 'pulsar',
    fullnameOverride: '',
    persistence: true,
    maxMessageSize: '5242880',
    rbac: { enabled: false, psp: false, limit_to_namespace: true },
    affinity: { anti_affinity: false },
    components: COMPONENTS,
    monitoring: { prometheus: false, grafana: false, node_exporter: false, alert_manager: false },
    images: { ...pulsarImages('2.9.5'), pulsar_manager: image('apachepulsar/pulsar-manager', 'v0.1.0') },
    zookeeper: { resources: { requests: { memory: '1024Mi', cpu: 0.3 } }, configData: { PULSAR_MEM: '-Xms1024m' }, pdb: { usePolicy: false } },
    bookkeeper: {
      replicaCount: 3,
      volumes: { journal: { name: 'journal', size: '100Gi' }, ledgers: { name: 'ledgers', size: '200Gi' } },
      resources: { requests: { memory: '2048Mi', cpu: 1 } },
      configData: { PULSAR_MEM: '-Xms4096m', nettyMaxFrameSizeBytes: '104867840' },
      pdb: { usePolicy: false },
    },
    broker: {
      component: 'broker',
      podMonitor: { enabled: false },
      replicaCount: 1,
      resources: { requests: { memory: '4096Mi', cpu: 1.5 } },
      configData: { PULSAR_MEM: '-Xms4096m', maxMessageSize: '104857600' },
      pdb: { usePolicy: false },
    },
    autorecovery: { resources: { requests: { memory: '512Mi', cpu: 1 } } },
    proxy: {
      replicaCount: 1,
      podMonitor: { enabled: false },
      resources: { requests: { memory: '2048Mi', cpu: 1 } },
      service: { type: 'ClusterIP' },
      ports: { pulsar: 6650, http: 8080 },
      configData: { PULSAR_MEM: '-Xms2048m', httpNumThreads: '100' },
      pdb: { usePolicy: false },
    },
    pulsar_manager: { service: { type: 'ClusterIP' } },
    pulsar_metadata: { image: image('apachepulsar/pulsar', '2.9.5') },
  };
}

export function kafkaDefaults(): Json {
  return {
    enabled: false,
    name: 'kafka',
    replicaCount: 3,
    image: { repository: 'bitnamilegacy/kafka', tag: '3.1.0' },
    terminationGracePeriodSeconds: '90',
    pdb: { create: false },
    startupProbe: { enabled: true },
    heapOpts: '-Xmx4096m -Xms4096m',
    maxMessageBytes: '_10485760',
    defaultReplicationFactor: 3,
    offsetsTopicReplicationFactor: 3,
    logRetentionHours: 168,
    logRetentionBytes: '_-1',
    extraEnvVars: [{ name: 'KAFKA_CFG_MAX_REQUEST_SIZE', value: '5242880' }],
    persistence: volume('300Gi'),
    metrics: { kafka: { enabled: false }, jmx: { enabled: false }, serviceMonitor: { enabled: false } },
    service: { type: 'ClusterIP', ports: { client: 9092 } },
    zookeeper: { enabled: true, replicaCount: 3, image: { repository: 'bitnamilegacy/zookeeper', tag: '3.7.0' } },
  };
}
