/**
 * Everything the wizard asks, as one zod schema. The form, the generator, the importer, the CLI
 * (`generate --values`) and the tests all read this module; the `.meta({ description })` text is
 * the help shown beside each field.
 *
 * Conventions that keep the round trip (manifest -> values -> manifest) exact:
 * - An optional field that is `undefined` (or an empty string) is not written: the operator's or
 *   Milvus's own default applies, and the form shows that default as a placeholder.
 * - Values that are written always say so in their description.
 */
import './zodSetup.ts';
import * as z from 'zod';
import { DEPLOYMENT_MODES, MSG_STREAM_TYPES, PULSAR_CHART_VERSIONS } from './support.ts';
import { DEFAULT_MINOR, MILVUS_MINOR_VERSIONS, OPERATOR_DEFAULT_MILVUS, defaultImageFor } from './versions.ts';
import { addSupportIssues } from './valuesRules.ts';

/** Empty form inputs (`''`, `NaN` from an empty number field, `null`) mean "not set". */
function emptyToUndefined(value: unknown): unknown {
  if (value === '' || value === null) return undefined;
  if (typeof value === 'number' && Number.isNaN(value)) return undefined;
  if (typeof value === 'string' && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return value;
}

const optionalInt = (min: number, max: number, description: string) =>
  z
    .preprocess(emptyToUndefined, z.number().int(`Enter a whole number`).min(min).max(max).optional())
    .meta({ description });

const optionalBool = (description: string) => z.boolean().optional().meta({ description });

const text = (description: string) => z.string().trim().default('').meta({ description });

/** A Kubernetes object name (RFC 1123 label), as the API server requires for `metadata.name`. */
const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const dnsLabel = (what: string) =>
  z
    .string()
    .trim()
    .max(63, `${what} must be at most 63 characters`)
    .regex(DNS_LABEL, `${what} must use lower-case letters, digits and '-', and start and end with a letter or digit`);

/** A Kubernetes quantity such as `20Gi`, `500m`, `4`. */
const QUANTITY = /^[+]?(\d+(\.\d*)?|\.\d+)(Ki|Mi|Gi|Ti|Pi|Ei|m|k|M|G|T|P|E|[eE][+-]?\d+)?$/;
const quantity = (description: string) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || QUANTITY.test(v), 'Use a Kubernetes quantity such as 20Gi, 512Mi, 500m or 4')
    .meta({ description });

export const PersistenceSchema = z
  .object({
    enabled: z
      .boolean()
      .default(true)
      .meta({
        description:
          'Keep the message data on a PersistentVolumeClaim. Without it the data lives on the pod and is lost when the pod restarts (the operator default is off).',
      }),
    pvcDeletion: z
      .boolean()
      .default(false)
      .meta({ description: 'Delete the PVC, and with it the data, when the Milvus resource is deleted.' }),
    storageSize: quantity('Size of the volume to request (persistentVolumeClaim.spec.resources.requests.storage), e.g. 20Gi.'),
    storageClassName: text('StorageClass of the new PVC; empty uses the cluster default StorageClass.'),
    existingClaim: text('Use this existing PVC instead of creating one (persistentVolumeClaim.existingClaim).'),
  })
  .meta({ description: 'Persistence of the embedded message storage (persistence.*).' });

export const RocksmqSchema = z.object({
  persistence: PersistenceSchema.prefault({}),
  retentionTimeInMinutes: optionalInt(
    0,
    52_560_000,
    'spec.config.rocksmq.retentionTimeInMinutes: how long acknowledged messages are kept (minutes). Milvus default 4320 (3 days).',
  ),
  retentionSizeInMB: optionalInt(
    0,
    1_048_576,
    'spec.config.rocksmq.retentionSizeInMB: how much acknowledged data each topic keeps (MB). Milvus default 8192.',
  ),
});

export const NatsServerSchema = z.object({
  port: optionalInt(1, 65535, 'Port the embedded NATS server listens on. Default 4222.'),
  storeDir: text('Directory for NATS JetStream storage. Default /var/lib/milvus/nats.'),
  maxFileStore: optionalInt(0, Number.MAX_SAFE_INTEGER, "Maximum size of the 'file' storage, in bytes. Default 17179869184 (16 GB)."),
  maxPayload: optionalInt(0, Number.MAX_SAFE_INTEGER, 'Maximum bytes in one message payload. Default 8388608 (8 MB).'),
  maxPending: optionalInt(
    0,
    Number.MAX_SAFE_INTEGER,
    'Maximum bytes buffered for a client connection. Default 67108864 (64 MB).',
  ),
  initializeTimeout: optionalInt(0, 3_600_000, 'How long Milvus waits for NATS to initialize, in ms. Default 4000.'),
  monitor: z
    .object({
      trace: optionalBool('Log NATS protocol traces. Default off.'),
      debug: optionalBool('Log NATS debug messages. Default off.'),
      logTime: optionalBool('Prefix NATS log lines with timestamps. Default on.'),
      logFile: text('NATS log file path; empty logs to standard output.'),
      logSizeLimit: optionalInt(0, Number.MAX_SAFE_INTEGER, 'Bytes after which the NATS log file rolls over; 0 is unlimited.'),
    })
    .prefault({}),
  retention: z
    .object({
      maxAge: optionalInt(0, 52_560_000, 'Maximum age of any message in a P-channel, in minutes. Default 4320 (3 days).'),
      maxBytes: optionalInt(0, Number.MAX_SAFE_INTEGER, 'Bytes one P-channel may hold before the oldest messages go. Default unlimited.'),
      maxMsgs: optionalInt(0, Number.MAX_SAFE_INTEGER, 'Messages one P-channel may hold before the oldest go. Default unlimited.'),
    })
    .prefault({}),
});

export const NatsmqSchema = z.object({
  persistence: PersistenceSchema.prefault({}),
  server: NatsServerSchema.prefault({}),
});

export const DELETION_POLICIES = ['Retain', 'Delete'] as const;
const inClusterLifecycle = {
  deletionPolicy: z
    .enum(DELETION_POLICIES)
    .optional()
    .meta({
      description:
        'What happens to the in-cluster release when Milvus is deleted: Retain keeps it, Delete removes it. Default Retain.',
    }),
  pvcDeletion: optionalBool('With deletionPolicy Delete, also delete its PVCs (its data).'),
};

export const PulsarSchema = z.object({
  external: z
    .boolean()
    .default(false)
    .meta({ description: 'Use a Pulsar you already run (true) or let the operator install one in the cluster (false).' }),
  endpoint: text(
    'External Pulsar as ONE host:port (e.g. pulsar.example:6650), without pulsar://: the operator adds the scheme, and falls back to port 80 without a port.',
  ),
  inCluster: z
    .object({
      chartVersion: z
        .enum(PULSAR_CHART_VERSIONS)
        .optional()
        .meta({
          description:
            'Pulsar Helm chart: pulsar-v2 (Pulsar 2.x, for Milvus 2.4 and earlier) or pulsar-v3 (Pulsar 3.x, recommended for 2.5+; the operator default for new resources).',
        }),
      ...inClusterLifecycle,
      autorecovery: optionalBool('values.components.autorecovery: run the Pulsar autorecovery component.'),
      zookeeperReplicas: optionalInt(0, 99, 'values.zookeeper.replicaCount.'),
      bookkeeperReplicas: optionalInt(0, 99, 'values.bookkeeper.replicaCount.'),
      brokerReplicas: optionalInt(0, 99, 'values.broker.replicaCount.'),
      proxyReplicas: optionalInt(0, 99, 'values.proxy.replicaCount.'),
      bookkeeperResources: z
        .object({
          limitsCpu: quantity('values.bookkeeper.resources.limits.cpu, e.g. 4.'),
          limitsMemory: quantity('values.bookkeeper.resources.limits.memory, e.g. 8Gi.'),
          requestsCpu: quantity('values.bookkeeper.resources.requests.cpu, e.g. 200m.'),
          requestsMemory: quantity('values.bookkeeper.resources.requests.memory, e.g. 512Mi.'),
        })
        .prefault({}),
      autoSkipNonRecoverableData: optionalBool(
        'values.broker.configData.autoSkipNonRecoverableData: let the broker skip data it cannot recover (set it when bookkeeper runs without persistence).',
      ),
      ensembleSize: optionalInt(1, 99, 'values.broker.configData.managedLedgerDefaultEnsembleSize.'),
      writeQuorum: optionalInt(1, 99, 'values.broker.configData.managedLedgerDefaultWriteQuorum.'),
      ackQuorum: optionalInt(1, 99, 'values.broker.configData.managedLedgerDefaultAckQuorum.'),
    })
    .prefault({}),
});

export const KAFKA_SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;
export const KAFKA_SASL_MECHANISMS = ['PLAIN', 'SCRAM-SHA-256', 'SCRAM-SHA-512'] as const;

export const KafkaSchema = z.object({
  external: z
    .boolean()
    .default(false)
    .meta({ description: 'Use a Kafka you already run (true) or let the operator install one in the cluster (false).' }),
  brokerList: z
    .array(z.string().trim())
    .default([])
    .meta({ description: 'External Kafka brokers, each host:port (e.g. kafka-0.example:9092). Kafka 2.x and 3.x only.' }),
  securityProtocol: z
    .enum(KAFKA_SECURITY_PROTOCOLS)
    .optional()
    .meta({ description: 'spec.config.kafka.securityProtocol. Default PLAINTEXT.' }),
  saslMechanisms: z
    .enum(KAFKA_SASL_MECHANISMS)
    .optional()
    .meta({ description: 'spec.config.kafka.saslMechanisms: needed with SASL_PLAINTEXT or SASL_SSL.' }),
  secretRef: text(
    'Name of a Secret with keys username and password (optional ca.pem). Preferred: the credentials stay out of the Milvus resource and its ConfigMap.',
  ),
  saslUsername: text('spec.config.kafka.saslUsername (ignored when a secretRef is set).'),
  saslPassword: text(
    'spec.config.kafka.saslPassword: stored in clear in the resource and its ConfigMap; use a secretRef instead. Never saved in drafts or links.',
  ),
  tls: z
    .object({
      enabled: optionalBool('spec.config.kafka.ssl.enabled.'),
      tlsCert: text('spec.config.kafka.ssl.tlsCert: path to the client certificate (PEM) inside the pod.'),
      tlsKey: text('spec.config.kafka.ssl.tlsKey: path to the client private key (PEM) inside the pod.'),
      tlsCaCert: text('spec.config.kafka.ssl.tlsCaCert: path to the CA certificate(s) inside the pod.'),
      tlsKeyPassword: text('spec.config.kafka.ssl.tlsKeyPassword: passphrase of the private key. Never saved in drafts or links.'),
    })
    .prefault({}),
  inCluster: z
    .object({
      ...inClusterLifecycle,
      replicaCount: optionalInt(0, 99, 'values.replicaCount: number of Kafka brokers.'),
      extraValues: z
        .record(z.string(), z.unknown())
        .default({})
        .meta({ description: 'More Helm values of the Kafka chart, written under inCluster.values as given.' }),
    })
    .prefault({}),
});

export const WOODPECKER_STORAGE_TYPES = ['minio', 'local'] as const;

export const WoodpeckerSchema = z.object({
  external: z
    .boolean()
    .default(false)
    .meta({ description: 'Embedded (false, the default) or Woodpecker as a separate service with quorum buffer pools (true).' }),
  quorumBufferPools: z
    .array(
      z.object({
        name: z.string().trim().meta({ description: 'Name of the quorum buffer pool.' }),
        seeds: z
          .array(z.string().trim())
          .meta({ description: 'Seed addresses of the pool, each host:port (service port 18080).' }),
      }),
    )
    .default([])
    .meta({ description: 'Quorum buffer pools of an external Woodpecker service.' }),
  storageType: z
    .enum(WOODPECKER_STORAGE_TYPES)
    .optional()
    .meta({ description: 'spec.config.woodpecker.storage.type: minio (object storage) or local disk. Default minio.' }),
});

export const API_VERSIONS = ['v1beta1', 'v1alpha1'] as const;
export type ApiVersionChoice = (typeof API_VERSIONS)[number];

const WizardValuesObject = z.object({
  name: dnsLabel('The name').default('my-release').meta({ description: 'metadata.name of the Milvus resource.' }),
  namespace: z
    .union([z.literal(''), dnsLabel('The namespace')])
    .default('')
    .meta({ description: 'metadata.namespace; empty uses the namespace of your kubectl context.' }),
  mode: z
    .enum(DEPLOYMENT_MODES)
    .default('standalone')
    .meta({ description: 'standalone: one Milvus pod. cluster: Milvus components in separate pods.' }),
  milvusVersion: z
    .enum(MILVUS_MINOR_VERSIONS)
    .default(DEFAULT_MINOR)
    .meta({ description: 'The Milvus version to run. It decides which message storages exist.' }),
  image: z
    .string()
    .trim()
    .default(defaultImageFor(DEFAULT_MINOR))
    .meta({
      description:
        `spec.components.image: the image decides what runs. Without it the operator runs its own default image (Milvus ${OPERATOR_DEFAULT_MILVUS}), whatever version you meant.`,
    }),
  apiVersion: z
    .enum(API_VERSIONS)
    .default('v1beta1')
    .meta({
      description:
        'milvus.io/v1beta1 Milvus with spec.mode (current), or the legacy v1alpha1 Milvus (standalone) / MilvusCluster (cluster) of the v2.3 docs.',
    }),
  msgStreamType: z
    .enum(MSG_STREAM_TYPES)
    .default('woodpecker')
    .meta({
      description:
        'spec.dependencies.msgStreamType. Always written: left empty, its meaning changes with mode and version.',
    }),
  rocksmq: RocksmqSchema.prefault({}),
  natsmq: NatsmqSchema.prefault({}),
  pulsar: PulsarSchema.prefault({}),
  kafka: KafkaSchema.prefault({}),
  woodpecker: WoodpeckerSchema.prefault({}),
});

/** The wizard's values with the cross-field rules (support matrix, external settings). */
export const WizardValuesSchema = WizardValuesObject.superRefine(addSupportIssues);

export type WizardValues = z.output<typeof WizardValuesObject>;
export type WizardValuesInput = z.input<typeof WizardValuesObject>;

/** Fresh values: the schema's defaults. */
export function defaultValues(): WizardValues {
  return WizardValuesObject.parse({});
}

/** Values parsed without the cross-field rules: shape and types only. */
export function parseValuesShape(input: unknown) {
  return WizardValuesObject.safeParse(input);
}

export { WizardValuesObject };
