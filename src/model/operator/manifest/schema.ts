/**
 * The Milvus resources as the operator's CRD declares them, for the parts the checker reads.
 *
 * How the zod types map to what the Kubernetes API server does (the checker and the editor's JSON
 * Schema both rely on this, so it is the one place where the CRD's shape is written down):
 * - `z.object`: the CRD declares these keys and nothing else; the API server **prunes** any other
 *   key, silently.
 * - `z.looseObject`: free-form (`x-kubernetes-preserve-unknown-fields`), any key is kept. The keys
 *   listed are the ones worth describing or type-checking (Milvus's own `milvus.yaml` settings).
 * - `z.unknown()`: a CRD field this project does not model further; its content is not checked.
 * - Every field is optional: the CRD requires almost nothing, and `null` means "not set" (the API
 *   server drops nulls), so the checker treats a null value as absent.
 */
import '../../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { DEFAULT_MINOR, OPERATOR_DEFAULT_IMAGE, defaultImageFor } from '../../facts/versions.ts';
import {
  CRD_MSG_STREAM_TYPES,
  DELETION_POLICIES,
  DEPLOYMENT_MODES,
  KAFKA_SASL_MECHANISMS,
  KAFKA_SECURITY_PROTOCOLS,
  IMAGE_UPDATE_MODES,
  PULSAR_CHART_VERSIONS,
  SERVICE_TYPES,
  TARGET_PORT_TYPES,
  WOODPECKER_STORAGE_TYPES,
} from '../../facts/operatorEnums.ts';

const str = (description: string) => z.string().optional().meta({ description });
const bool = (description: string) => z.boolean().optional().meta({ description });
const other = (description: string) => z.unknown().optional().meta({ description });
const freeForm = (description: string) => z.looseObject({}).optional().meta({ description });
const stringMap = (description: string) => z.record(z.string(), z.string()).optional().meta({ description });

/**
 * Milvus reads `milvus.yaml` values as text, so `"4222"` works as well as `4222` there; only
 * values that cannot be read as a number (or a boolean) are wrong.
 */
const cfgInt = (description: string) =>
  z
    .union([z.int(), z.string().regex(/^\s*[-+]?\d+\s*$/)])
    .nullable()
    .optional()
    .meta({ description });
const cfgNumber = (description: string) =>
  z
    .union([z.number(), z.string().regex(/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/)])
    .nullable()
    .optional()
    .meta({ description });
const cfgBool = (description: string) =>
  z
    .union([z.boolean(), z.enum(['true', 'false', 'True', 'False', 'TRUE', 'FALSE'])])
    .nullable()
    .optional()
    .meta({ description });
const cfgStr = (description: string) => z.string().nullable().optional().meta({ description });

// ---------------------------------------------------------------------------------------------
// spec.dependencies

const persistentVolumeClaim = z
  .object({
    existingClaim: str('Use this existing PVC instead of creating one.'),
    labels: stringMap('Labels of the PVC the operator creates.'),
    annotations: stringMap('Annotations of the PVC the operator creates.'),
    spec: freeForm(
      'A PersistentVolumeClaim spec (storageClassName, resources.requests.storage ...), kept as written.',
    ),
  })
  .optional()
  .meta({ description: 'The PVC that holds the data.' });

const persistence = (what: string) =>
  z
    .object({
      enabled: bool(
        `Keep the ${what} data on a PVC. Off by default: the data then lives on the pod and is lost on restart.`,
      ),
      pvcDeletion: bool('Delete the PVC (and the data) when the Milvus resource is deleted.'),
      persistentVolumeClaim,
    })
    .optional()
    .meta({ description: `Persistence of the ${what} data.` });

const deletionPolicy = z.enum(DELETION_POLICIES).optional().meta({
  description:
    'What happens to the in-cluster release when Milvus is deleted: Retain (default) keeps it, Delete removes it.',
});

const inCluster = (chart: string) =>
  z
    .object({
      values: freeForm(`Helm values of the ${chart} chart, passed to the chart as written (free-form).`),
      chartVersion: str('Version of the dependency chart the operator installs.'),
      deletionPolicy,
      pvcDeletion: bool('With deletionPolicy Delete, also delete the PVCs (the data).'),
    })
    .optional()
    .meta({
      description: `A ${chart} the operator installs in the cluster with Helm (used when external is false).`,
    });

const external = (what: string) =>
  bool(
    `Use a ${what} you already run (true) instead of one the operator installs in the cluster (false, the default).`,
  );

export const PulsarDependencySchema = z
  .object({
    external: external('Pulsar'),
    endpoint: str(
      'The external Pulsar as ONE host:port string (e.g. pulsar.example:6650), without pulsar://: the operator adds the scheme itself, and uses port 80 when the port is missing.',
    ),
    inCluster: z
      .object({
        values: freeForm(
          'Helm values of the Pulsar chart (zookeeper, bookkeeper, broker, proxy ...), passed as written.',
        ),
        // The v1.3.8 CRD declares no enum here (config/crd/bases/milvus.io_milvuses.yaml): any
        // string is admitted; pkg/helm/helm.go GetChartRequest gives Pulsar 3 for exactly pulsar-v3
        // and Pulsar 2 for anything else (the checker's pulsar-chart-version warning).
        chartVersion: z
          .string()
          .optional()
          .meta({
            description:
              'Pulsar chart: pulsar-v3 (Pulsar 3.x, recommended from Milvus 2.5; what new resources get) or pulsar-v2 (Pulsar 2.x, for Milvus 2.4 and earlier). Any other value also installs the Pulsar 2 chart.',
            examples: [...PULSAR_CHART_VERSIONS],
          }),
        deletionPolicy,
        pvcDeletion: bool('With deletionPolicy Delete, also delete the PVCs (the data).'),
      })
      .optional()
      .meta({
        description: 'A Pulsar the operator installs in the cluster with Helm (used when external is false).',
      }),
  })
  .optional()
  .meta({
    description:
      'Pulsar as the message storage (used when msgStreamType is pulsar, or empty in cluster mode).',
  });

export const KafkaDependencySchema = z
  .object({
    external: external('Kafka'),
    brokerList: z.array(z.string()).optional().meta({
      description:
        'The external Kafka brokers, a list of host:port strings. Only Kafka 2.x and 3.x are supported.',
    }),
    secretRef: str(
      'Name of a Secret with keys username and password (optional ca.pem): overrides saslUsername/saslPassword in spec.config.kafka and keeps them out of the resource.',
    ),
    inCluster: inCluster('Kafka'),
  })
  .optional()
  .meta({
    description:
      'Kafka as the message storage (used when msgStreamType is kafka). SASL and TLS settings go in spec.config.kafka.',
  });

export const WoodpeckerDependencySchema = z
  .object({
    external: bool(
      'Run Woodpecker as a separate service with quorum buffer pools (true) instead of embedded (false, the default).',
    ),
    persistence: persistence('Woodpecker'),
    quorumBufferPools: z
      .array(
        z
          .object({
            name: z.string().meta({ description: 'Name of the quorum buffer pool (required).' }),
            seeds: z.array(z.string()).meta({
              description:
                'Seed addresses of the pool, each host:port (the Woodpecker service port is 18080). Required.',
            }),
          })
          .meta({ description: 'One quorum buffer pool: name and seeds are both required.' }),
      )
      .optional()
      .meta({ description: 'Quorum buffer pools of the Woodpecker service (needed when external is true).' }),
  })
  .optional()
  .meta({
    description: 'Woodpecker as the message storage (Milvus 2.6 and later; the 2.6 standalone default).',
  });

export const EmbeddedMqDependencySchema = (label: string) =>
  z
    .object({ persistence: persistence(label) })
    .optional()
    .meta({
      description: `${label} as the message storage, embedded in the Milvus pod (standalone mode only).`,
    });

export const DependenciesSchema = z
  .object({
    msgStreamType: z.enum(CRD_MSG_STREAM_TYPES).optional().meta({
      description:
        'The message storage: pulsar, kafka, woodpecker, rocksmq, natsmq or custom. Empty: the operator picks woodpecker (standalone, Milvus 2.6+), rocksmq (standalone, before 2.6) or pulsar (cluster), and ignores the other blocks.',
    }),
    pulsar: PulsarDependencySchema,
    kafka: KafkaDependencySchema,
    woodpecker: WoodpeckerDependencySchema,
    rocksmq: EmbeddedMqDependencySchema('RocksMQ'),
    natsmq: EmbeddedMqDependencySchema('NATS'),
    customMsgStream: freeForm(
      'Settings of a custom message storage (msgStreamType custom), kept as written.',
    ),
    etcd: z
      .object({
        external: external('etcd'),
        endpoints: z
          .array(z.string())
          .optional()
          .meta({ description: 'The external etcd endpoints, each host:port.' }),
        inCluster: inCluster('etcd'),
      })
      .optional()
      .meta({ description: 'The etcd that holds Milvus metadata.' }),
    storage: z
      .object({
        external: external('object storage'),
        type: z
          .enum(['MinIO', 'S3', 'Azure', ''])
          .optional()
          .meta({ description: 'Kind of object storage: MinIO (default), S3 or Azure.' }),
        endpoint: str('The external object storage endpoint, host:port.'),
        secretRef: str('Name of a Secret with the object storage credentials.'),
        ssl: z
          .object({
            enabled: bool('Connect to the object storage over TLS.'),
            insecureSkipVerify: bool('Skip TLS certificate verification.'),
            caCertificateRef: str('Name of a Secret with the CA certificate.'),
          })
          .optional()
          .meta({ description: 'TLS to the object storage.' }),
        inCluster: inCluster('MinIO'),
      })
      .optional()
      .meta({ description: 'The object storage (MinIO, S3, Azure) that holds Milvus data.' }),
    tei: z
      .object({
        enabled: bool('Deploy Text Embeddings Inference beside Milvus.'),
        inCluster: inCluster('TEI'),
      })
      .optional()
      .meta({ description: 'Text Embeddings Inference (TEI).' }),
  })
  .optional()
  .meta({
    description:
      'Dependencies: etcd, object storage and the message storage. The API server silently drops any key not declared here, except inside inCluster.values and customMsgStream.',
  });

// ---------------------------------------------------------------------------------------------
// spec.config: Milvus's own milvus.yaml (free-form); the message-storage sections are described.

export const KafkaConfigSchema = z
  .looseObject({
    // A list is as good as a comma-separated string: Milvus's pkg/config flattenAndMergeMap joins a
    // list with commas, and the operator itself writes a list here (v1.3.8 pkg/controllers/
    // configmaps.go, util.SetStringSlice of spec.dependencies.kafka.brokerList).
    brokerList: z
      .union([z.string(), z.array(z.string())])
      .nullable()
      .optional()
      .meta({
        description:
          'Set by the operator from spec.dependencies.kafka.brokerList (as a list); a comma-separated string or a list of host:port.',
      }),
    securityProtocol: z
      .enum(KAFKA_SECURITY_PROTOCOLS)
      .nullable()
      .optional()
      .meta({ description: 'PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL.' }),
    saslMechanisms: z.enum(KAFKA_SASL_MECHANISMS).nullable().optional().meta({
      description:
        'SASL mechanism: PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512 (needed with SASL_PLAINTEXT or SASL_SSL).',
    }),
    saslUsername: cfgStr('SASL user name (spec.dependencies.kafka.secretRef overrides it).'),
    saslPassword: cfgStr(
      'SASL password: stored in clear in the Milvus resource and its ConfigMap. Prefer spec.dependencies.kafka.secretRef.',
    ),
    ssl: z
      .looseObject({
        enabled: cfgBool('Connect to Kafka over TLS.'),
        tlsCert: cfgStr("Path (inside the pod) to the client's public key (PEM)."),
        tlsKey: cfgStr("Path (inside the pod) to the client's private key (PEM)."),
        tlsCaCert: cfgStr('Path (inside the pod) to the CA certificate(s) that verify the broker.'),
        tlsKeyPassword: cfgStr('Passphrase of the private key.'),
      })
      .nullable()
      .optional()
      .meta({ description: 'TLS to Kafka.' }),
    readTimeout: cfgInt('Read timeout, in seconds.'),
  })
  .nullable()
  .optional()
  .meta({ description: "Milvus's Kafka client settings (security protocol, SASL, TLS)." });

export const NatsServerConfigSchema = z
  .looseObject({
    port: cfgInt('Port the embedded NATS server listens on (default 4222).'),
    storeDir: cfgStr('Directory for the NATS JetStream storage (default /var/lib/milvus/nats).'),
    maxFileStore: cfgInt("Maximum size of the 'file' storage, in bytes (default 17179869184, 16 GB)."),
    maxPayload: cfgInt('Maximum bytes in a message payload (default 8388608, 8 MB).'),
    maxPending: cfgInt('Maximum bytes buffered for a client connection (default 67108864, 64 MB).'),
    initializeTimeout: cfgInt('How long Milvus waits for NATS to initialize, in ms (default 4000).'),
    monitor: z
      .looseObject({
        trace: cfgBool('Log protocol traces (default false).'),
        debug: cfgBool('Log debug messages (default false).'),
        logTime: cfgBool('Prefix log lines with timestamps (default true).'),
        logFile: cfgStr('Log file path; empty logs to standard output.'),
        logSizeLimit: cfgInt('Bytes after which the log file rolls over; 0 is unlimited.'),
      })
      .nullable()
      .optional()
      .meta({ description: 'NATS logging.' }),
    retention: z
      .looseObject({
        maxAge: cfgInt('Maximum age of a message in a P-channel, in minutes (default 4320, 3 days).'),
        maxBytes: cfgInt('Bytes a P-channel may hold before the oldest messages go (default unlimited).'),
        maxMsgs: cfgInt('Messages a P-channel may hold before the oldest go (default unlimited).'),
      })
      .nullable()
      .optional()
      .meta({ description: 'How long NATS keeps messages.' }),
  })
  .nullable()
  .optional()
  .meta({
    description: 'The embedded NATS server (this is where its settings go, not spec.dependencies.natsmq).',
  });

export const ConfigSchema = z
  .looseObject({
    mq: z
      .looseObject({ type: cfgStr('Set by the operator from spec.dependencies.msgStreamType.') })
      .nullable()
      .optional()
      .meta({ description: 'Message storage selection (the operator writes it from msgStreamType).' }),
    kafka: KafkaConfigSchema,
    natsmq: z
      .looseObject({ server: NatsServerConfigSchema })
      .nullable()
      .optional()
      .meta({ description: 'Settings of the embedded NATS server.' }),
    rocksmq: z
      .looseObject({
        path: cfgStr('Where RocksMQ keeps its data (default /var/lib/milvus/rdb_data).'),
        retentionTimeInMinutes: cfgInt(
          'How long acknowledged messages are kept, in minutes (default 4320, 3 days).',
        ),
        retentionSizeInMB: cfgInt('How much acknowledged data each topic keeps, in MB (default 8192).'),
        rocksmqPageSize: cfgInt('Maximum size of the messages in one page, in bytes.'),
        lrucacheratio: cfgNumber('Share of memory for the RocksDB cache (default 0.06).'),
        compactionInterval: cfgInt('Seconds between RocksDB compactions (default 86400).'),
        compressionTypes: cfgStr('Compression per RocksDB level: 0 (none) or 7 (zstd), e.g. 0,0,7,7,7.'),
      })
      .nullable()
      .optional()
      .meta({ description: 'Settings of the embedded RocksMQ.' }),
    pulsar: z
      .looseObject({
        address: cfgStr('Overwritten by the operator from spec.dependencies.pulsar.endpoint.'),
        port: cfgInt('Overwritten by the operator from spec.dependencies.pulsar.endpoint.'),
        webport: cfgInt('Web port of Pulsar (80 through the proxy, 8080 without).'),
        tenant: cfgStr('Pulsar tenant (default public).'),
        namespace: cfgStr('Pulsar namespace (default default).'),
        maxMessageSize: cfgInt(
          'Largest message Milvus sends, in bytes (default 2097152); must fit what Pulsar accepts.',
        ),
        requestTimeout: cfgInt('Pulsar client request timeout, in seconds.'),
        enableClientMetrics: cfgBool('Export the Pulsar client metrics.'),
        authPlugin: cfgStr('Pulsar authentication plugin, e.g. token.'),
        authParams: cfgStr('Parameters of the authentication plugin, e.g. file:/path/to/token.'),
        backlogAutoClearBytes: cfgStr('Clear the Pulsar backlog after this many bytes written (Milvus 2.6).'),
      })
      .nullable()
      .optional()
      .meta({ description: "Milvus's Pulsar client settings." }),
    woodpecker: z
      .looseObject({
        storage: z
          .looseObject({
            type: z.enum(WOODPECKER_STORAGE_TYPES).nullable().optional().meta({
              description:
                'Where Woodpecker writes: minio (the object storage, default) or local (the pod disk).',
            }),
            rootPath: cfgStr('Root path of the Woodpecker data.'),
          })
          .nullable()
          .optional()
          .meta({ description: 'Woodpecker storage backend.' }),
      })
      .nullable()
      .optional()
      .meta({ description: 'Settings of Woodpecker (Milvus 2.6+).' }),
  })
  .extend(otherMilvusSections())
  .optional()
  .meta({
    description: "Milvus's own milvus.yaml settings, merged into its config (free-form: every key is kept).",
  });

/** The other top-level sections of milvus.yaml: known, so that a near miss of one is not taken for a typo. */
function otherMilvusSections() {
  const section = (what: string) => other(`Milvus's ${what} settings (milvus.yaml).`);
  return {
    etcd: section('etcd'),
    metastore: section('metadata store'),
    tikv: section('TiKV'),
    localStorage: section('local storage'),
    minio: section('object storage'),
    rootCoord: section('rootCoord'),
    proxy: section('proxy'),
    queryCoord: section('queryCoord'),
    queryNode: section('queryNode'),
    indexCoord: section('indexCoord'),
    indexNode: section('indexNode'),
    dataCoord: section('dataCoord'),
    dataNode: section('dataNode'),
    mixCoord: section('mixCoord'),
    streamingNode: section('streamingNode'),
    streaming: section('streaming service'),
    msgChannel: section('message channel naming'),
    log: section('logging'),
    grpc: section('gRPC'),
    tls: section('TLS'),
    internaltls: section('internal TLS'),
    common: section('common'),
    quotaAndLimits: section('quota and limits'),
    trace: section('tracing'),
    gpu: section('GPU'),
    knowhere: section('Knowhere index'),
    function: section('function (embedding and rerank)'),
  };
}

// ---------------------------------------------------------------------------------------------
// spec.components and the v1alpha1 component settings

const componentSettings = (where: string) => ({
  image: str(
    `The Milvus image, e.g. ${defaultImageFor(DEFAULT_MINOR)}. It decides which Milvus runs: without it the operator runs its default image, ${OPERATOR_DEFAULT_IMAGE}.`,
  ),
  version: str(
    `The Milvus version (semver), a label the operator reads for its version checks. It does not pick the image: set ${where}image too.`,
  ),
  imagePullPolicy: other('When to pull the image: Always, IfNotPresent or Never.'),
  imagePullSecrets: other('Secrets for pulling the image.'),
  resources: other('CPU and memory requests and limits of the Milvus pods.'),
  env: other('Extra environment variables of the Milvus containers.'),
  nodeSelector: other('Node labels the Milvus pods must run on.'),
  affinity: other('Pod affinity rules.'),
  tolerations: other('Pod tolerations.'),
  topologySpreadConstraints: other('Pod topology spread constraints.'),
  volumes: other('Extra volumes of the Milvus pods.'),
  volumeMounts: other('Where the extra volumes are mounted.'),
  podAnnotations: other('Annotations of the Milvus pods.'),
  podLabels: other('Labels of the Milvus pods.'),
  securityContext: other('Pod security context.'),
  serviceAccountName: other('Service account of the Milvus pods.'),
  priorityClassName: other('Priority class of the Milvus pods.'),
  schedulerName: other('Scheduler of the Milvus pods.'),
  hostNetwork: other('Run the pods in the host network.'),
  dnsPolicy: other('DNS policy of the pods.'),
  probes: other('Liveness, readiness and startup probes.'),
  paused: other('Stop reconciling the pods.'),
  commands: other('Override the container command.'),
  runWithSubProcess: other('Run Milvus as a subprocess of the container entry point.'),
});

const component = (name: string) => other(`Settings of the ${name} pods.`);

export const ComponentsSchema = z
  .object({
    ...componentSettings('spec.components.'),
    activeConfigMap: other('Name of the ConfigMap the pods use.'),
    disableMetric: other('Do not expose metrics.'),
    dummyImage: other('Image of the placeholder container during upgrades.'),
    enableManualMode: other('Let you manage the component deployments yourself.'),
    enableRollingUpdate: other('Update the pods one by one.'),
    imageUpdateMode: z.enum(IMAGE_UPDATE_MODES).optional().meta({
      description: 'How an image change rolls out: rollingUpgrade (default), rollingDowngrade, all or force.',
    }),
    metricInterval: other('Scrape interval of the metrics.'),
    metricLabels: other('Extra labels of the metrics.'),
    rollingMode: other('Rolling update mode.'),
    runAsNonRoot: other('Run the containers as a non-root user.'),
    streamingMode: other('Deploy the streaming node (Milvus 2.6).'),
    targetPortType: z
      .enum(TARGET_PORT_TYPES)
      .optional()
      .meta({ description: 'Type of the service target port: string or integer.' }),
    toolImage: other('Image of the operator helper tools.'),
    updateConfigMapOnly: other('Update only the ConfigMap on a config change, without restarting pods.'),
    updateToolImage: other('Update the tool image on upgrades.'),
    standalone: component('standalone'),
    proxy: component('proxy'),
    mixCoord: component('mixCoord (Milvus 2.6 coordinators)'),
    rootCoord: component('rootCoord'),
    dataCoord: component('dataCoord'),
    queryCoord: component('queryCoord'),
    indexCoord: component('indexCoord'),
    dataNode: component('dataNode'),
    queryNode: component('queryNode'),
    indexNode: component('indexNode'),
    streamingNode: component('streamingNode (Milvus 2.6)'),
    cdc: component('CDC'),
  })
  .optional()
  .meta({
    description: 'Milvus components: the image and version, and settings for every pod or per component.',
  });

// ---------------------------------------------------------------------------------------------
// The three resources

const MetadataSchema = z
  .looseObject({
    name: str(
      'Name of the Milvus resource (required); the names of its pods, services and releases start with it.',
    ),
    namespace: str('Namespace of the resource; empty uses the namespace of your kubectl context.'),
    labels: stringMap('Labels of the resource.'),
    annotations: stringMap('Annotations of the resource.'),
  })
  .optional()
  .meta({ description: 'Kubernetes object metadata.' });

const status = other('Written by the operator; ignored when you apply the manifest.');

export const MilvusV1beta1SpecSchema = z
  .object({
    mode: z.enum(DEPLOYMENT_MODES).optional().meta({
      description:
        'standalone (the default): one Milvus pod. cluster: the Milvus components in separate pods.',
    }),
    components: ComponentsSchema,
    dependencies: DependenciesSchema,
    config: ConfigSchema,
    hookConfig: freeForm('Settings for the config hook (free-form).'),
  })
  .optional()
  .meta({ description: 'The desired Milvus deployment.' });

export const MilvusV1beta1Schema = z
  .object({
    apiVersion: z
      .literal('milvus.io/v1beta1')
      .meta({ description: 'milvus.io/v1beta1: the current Milvus API.' }),
    kind: z.literal('Milvus').meta({ description: 'Milvus: standalone or cluster, chosen by spec.mode.' }),
    metadata: MetadataSchema,
    spec: MilvusV1beta1SpecSchema,
    status,
  })
  .meta({ description: 'A Milvus deployment managed by Milvus Operator (milvus.io/v1beta1).' });

export const MilvusV1alpha1SpecSchema = z
  .object({
    ...componentSettings('spec.'),
    replicas: other('Number of Milvus pods.'),
    dependencies: DependenciesSchema,
    config: ConfigSchema,
    persistence: z
      .object({
        enabled: bool('Keep the Milvus data directory (RocksMQ data included) on a PVC.'),
        pvcDeletion: bool('Delete the PVC (and the data) when the resource is deleted.'),
        persistentVolumeClaim,
      })
      .optional()
      .meta({ description: 'Persistence of the standalone Milvus data.' }),
    ingress: other('Ingress of the Milvus service.'),
    disableMetric: other('Do not expose metrics.'),
    serviceType: z.enum(SERVICE_TYPES).optional().meta({ description: 'Type of the Milvus service.' }),
    serviceLabels: other('Labels of the Milvus service.'),
    serviceAnnotations: other('Annotations of the Milvus service.'),
  })
  .optional()
  .meta({
    description:
      'The legacy standalone Milvus: component settings sit directly under spec (there is no spec.components).',
  });

export const MilvusV1alpha1Schema = z
  .object({
    apiVersion: z
      .literal('milvus.io/v1alpha1')
      .meta({ description: 'milvus.io/v1alpha1: the legacy API of the Milvus v2.3 docs.' }),
    kind: z.literal('Milvus').meta({ description: 'A standalone Milvus (legacy v1alpha1 shape).' }),
    metadata: MetadataSchema,
    spec: MilvusV1alpha1SpecSchema,
    status,
  })
  .meta({ description: 'A legacy standalone Milvus (milvus.io/v1alpha1). Prefer milvus.io/v1beta1.' });

export const MilvusClusterSpecSchema = z
  .object({
    components: ComponentsSchema,
    dependencies: DependenciesSchema,
    config: ConfigSchema,
  })
  .optional()
  .meta({ description: 'The desired Milvus cluster.' });

export const MilvusClusterSchema = z
  .object({
    apiVersion: z
      .literal('milvus.io/v1alpha1')
      .meta({ description: 'milvus.io/v1alpha1: the only version of MilvusCluster.' }),
    kind: z.literal('MilvusCluster').meta({
      description: 'Deprecated: use apiVersion milvus.io/v1beta1, kind Milvus with spec.mode: cluster.',
    }),
    metadata: MetadataSchema,
    spec: MilvusClusterSpecSchema,
    status,
  })
  .meta({
    description:
      'A legacy Milvus cluster (deprecated). Prefer milvus.io/v1beta1 Milvus with spec.mode: cluster.',
  });

export const MilvusManifestSchema = z
  .union([MilvusV1beta1Schema, MilvusV1alpha1Schema, MilvusClusterSchema])
  .meta({ title: 'Milvus', description: 'A Milvus resource of Milvus Operator.' });

/** The three resources the operator serves, by apiVersion and kind. */
export const MILVUS_RESOURCES = [
  { apiVersion: 'milvus.io/v1beta1', kind: 'Milvus', schema: MilvusV1beta1Schema, legacy: false },
  { apiVersion: 'milvus.io/v1alpha1', kind: 'Milvus', schema: MilvusV1alpha1Schema, legacy: true },
  { apiVersion: 'milvus.io/v1alpha1', kind: 'MilvusCluster', schema: MilvusClusterSchema, legacy: true },
] as const;

export type MilvusResource = (typeof MILVUS_RESOURCES)[number];
