/**
 * The milvus-helm chart's message-storage keys as one zod schema, each with `.meta({ description,
 * default })`: the Helm front end's unknown-key rule, the JSON Schema for editors
 * (`z.toJSONSchema(HelmValuesSchema)`) and hover text read it; the defaults are the newest known
 * chart's (chartVersions.generated.ts), never written here. Read at chart 5.0.19: values.yaml,
 * templates/config.tpl (the mq blocks), _helpers.tpl (standalone messageQueue, Woodpecker service),
 * templates/pvc.yaml and standalone-deployment.yaml (persistence).
 *
 * Maps the chart owns and this schema lists whole (`streaming`, `externalPulsar`, `externalKafka`)
 * are strict, so a misspelt key is an error; the others are loose (they hold keys of no concern
 * to message storage, or a subchart's own values).
 */
import '../../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { NEWEST_CHART, chartDefault } from './versions.ts';
import type { ChartScalar } from './types.ts';

export const STANDALONE_MESSAGE_QUEUES = ['rocksmq', 'natsmq', 'pulsar', 'kafka', 'woodpecker'] as const;
export const KAFKA_SECURITY_PROTOCOLS = ['PLAINTEXT', 'SSL', 'SASL_PLAINTEXT', 'SASL_SSL'] as const;

/** The meta of the key at `path`: its description and, when the newest chart has one, its default. */
function keyMeta(path: string, description: string): { description: string; default?: ChartScalar } {
  const value = chartDefault(NEWEST_CHART, path);
  return value === undefined || value === null ? { description } : { description, default: value };
}

const flag = (path: string, description: string) => z.boolean().optional().meta(keyMeta(path, description));
const str = (path: string, description: string) => z.string().optional().meta(keyMeta(path, description));
/** The chart writes these into milvus.yaml as they are, so a number or a numeric string both work. */
const strOrNum = (path: string, description: string) =>
  z.union([z.string(), z.number()]).optional().meta(keyMeta(path, description));
const port = (path: string, description: string) =>
  z.number().int().min(1).max(65535).optional().meta(keyMeta(path, description));

const subchartName = (key: string) =>
  str(
    `${key}.name`,
    `The subchart's name in the Service names the chart wires (<release>-<name>-…). Changing it without the subchart's own nameOverride breaks the address Milvus dials.`,
  );
const fullnameOverride = (key: string) =>
  str(
    `${key}.fullnameOverride`,
    `The subchart's own full name: its Services are then named after it, but the chart still wires <release>-<name>-…, so Milvus dials a Service that does not exist.`,
  );

export const HelmValuesSchema = z
  .looseObject({
    cluster: z
      .looseObject({
        enabled: flag(
          'cluster.enabled',
          'Cluster mode (a Deployment per component, a streaming node from Milvus 2.6). false = standalone: one Pod, and standalone.messageQueue picks its message storage.',
        ),
      })
      .optional()
      .meta({ description: 'Milvus cluster or standalone.' }),
    image: z
      .looseObject({
        all: z
          .looseObject({
            repository: str('image.all.repository', 'The Milvus image.'),
            tag: str(
              'image.all.tag',
              "The Milvus image's tag: the Milvus version that runs (else the chart's appVersion).",
            ),
          })
          .optional(),
      })
      .optional(),
    standalone: z
      .looseObject({
        messageQueue: z
          .enum(STANDALONE_MESSAGE_QUEUES)
          .optional()
          .meta(
            keyMeta(
              'standalone.messageQueue',
              'Standalone only (cluster mode ignores it): rocksmq, natsmq or woodpecker write their own mq block, which beats every other; pulsar or kafka only take effect with that storage enabled (pulsarv3/pulsar/externalPulsar, kafka/externalKafka); anything else writes nothing and Milvus runs RocksMQ.',
            ),
          ),
        persistence: z
          .looseObject({
            enabled: flag(
              'standalone.persistence.enabled',
              "A PersistentVolumeClaim at mountPath for the standalone's local data (RocksMQ, local Woodpecker). false = an emptyDir: the messages are lost with the Pod.",
            ),
            mountPath: str(
              'standalone.persistence.mountPath',
              'Where the volume is mounted; RocksMQ and local Woodpecker write under /var/lib/milvus.',
            ),
            persistentVolumeClaim: z
              .looseObject({
                existingClaim: str(
                  'standalone.persistence.persistentVolumeClaim.existingClaim',
                  'Use this claim instead of creating one.',
                ),
                storageClass: z
                  .string()
                  .nullable()
                  .optional()
                  .meta(
                    keyMeta(
                      'standalone.persistence.persistentVolumeClaim.storageClass',
                      "The claim's storage class (empty: the cluster's default).",
                    ),
                  ),
                size: str('standalone.persistence.persistentVolumeClaim.size', "The claim's size."),
              })
              .optional(),
          })
          .optional(),
      })
      .optional(),
    streaming: z
      .strictObject({
        enabled: flag(
          'streaming.enabled',
          'The streaming node (Milvus 2.6 and later; chart 5.0 turns it on).',
        ),
        woodpecker: z
          .strictObject({
            embedded: flag(
              'streaming.woodpecker.embedded',
              'Woodpecker inside the streaming node (true) or as its own service (false, with woodpecker.enabled: true; cluster mode only).',
            ),
            storage: z
              .strictObject({
                type: z
                  .enum(['minio', 'local'])
                  .optional()
                  .meta(
                    keyMeta(
                      'streaming.woodpecker.storage.type',
                      "Where embedded Woodpecker keeps its log: minio (object storage) or local (the Pod's disk: standalone only, Milvus refuses it in a cluster).",
                    ),
                  ),
              })
              .optional(),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'The streaming node and embedded Woodpecker (Milvus 2.6 and later).' }),
    streamingNode: z.looseObject({}).optional().meta({
      description:
        "The streaming node's Pods (replicas, resources). It has no `enabled` and no `woodpecker`: those are streaming.enabled and streaming.woodpecker.",
    }),
    pulsarv3: z
      .looseObject({
        enabled: flag(
          'pulsarv3.enabled',
          'Deploy the Apache Pulsar v3 subchart (alias pulsarv3). Deployed whenever true, used or not: turn it off when Milvus uses another storage.',
        ),
        name: subchartName('pulsarv3'),
        fullnameOverride: fullnameOverride('pulsarv3'),
        proxy: z
          .looseObject({
            ports: z
              .looseObject({
                pulsar: port('pulsarv3.proxy.ports.pulsar', "The Pulsar proxy's port Milvus dials."),
              })
              .optional(),
          })
          .optional(),
        broker: z
          .looseObject({
            configData: z
              .looseObject({
                maxMessageSize: strOrNum(
                  'pulsarv3.broker.configData.maxMessageSize',
                  'The largest message, in bytes (Milvus and the broker both).',
                ),
              })
              .optional(),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'The bundled Apache Pulsar v3 (subchart pulsar 3.3.0).' }),
    pulsar: z
      .looseObject({
        enabled: flag(
          'pulsar.enabled',
          'Deploy the Pulsar v2 subchart (pulsarv2 2.7.8, alias pulsar). Its branch comes before Woodpecker and pulsarv3, so it wins over them.',
        ),
        name: subchartName('pulsar'),
        fullnameOverride: fullnameOverride('pulsar'),
        proxy: z
          .looseObject({
            ports: z
              .looseObject({
                pulsar: port('pulsar.proxy.ports.pulsar', "The Pulsar proxy's port Milvus dials."),
              })
              .optional(),
          })
          .optional(),
        maxMessageSize: strOrNum('pulsar.maxMessageSize', 'The largest message, in bytes.'),
      })
      .optional()
      .meta({
        description: 'The bundled Pulsar v2 (only for Milvus installed with it before chart 4.2.27).',
      }),
    kafka: z
      .looseObject({
        enabled: flag(
          'kafka.enabled',
          'Deploy the Bitnami Kafka subchart. Its block comes after the Pulsar/Woodpecker one, so Kafka wins over them; in standalone, standalone.messageQueue: rocksmq/natsmq/woodpecker still beats it.',
        ),
        name: subchartName('kafka'),
        fullnameOverride: fullnameOverride('kafka'),
        service: z
          .looseObject({
            ports: z
              .looseObject({
                client: port('kafka.service.ports.client', "The Kafka Service's client port Milvus dials."),
              })
              .optional(),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'The bundled Kafka (Bitnami kafka 15.5.1).' }),
    woodpecker: z
      .looseObject({
        enabled: flag(
          'woodpecker.enabled',
          'Woodpecker as the message storage (its branch beats pulsarv3); with streaming.woodpecker.embedded: false, also a Woodpecker StatefulSet (service mode, cluster only).',
        ),
        replicaCount: z
          .number()
          .int()
          .min(1)
          .optional()
          .meta(keyMeta('woodpecker.replicaCount', "The Woodpecker service's replicas (service mode).")),
        ports: z
          .looseObject({
            service: port('woodpecker.ports.service', "The Woodpecker service's port (the quorum seeds)."),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'Woodpecker (Milvus 2.6 and later).' }),
    externalPulsar: z
      .strictObject({
        enabled: flag(
          'externalPulsar.enabled',
          'Milvus uses a Pulsar outside this release. The bundled pulsarv3 is still deployed unless pulsarv3.enabled: false.',
        ),
        host: str('externalPulsar.host', "The external Pulsar's host (no scheme, no port)."),
        port: z
          .union([z.number().int(), z.string()])
          .optional()
          .meta(keyMeta('externalPulsar.port', "The external Pulsar's port.")),
        maxMessageSize: strOrNum('externalPulsar.maxMessageSize', 'The largest message, in bytes.'),
        tenant: str('externalPulsar.tenant', 'The Pulsar tenant.'),
        namespace: str('externalPulsar.namespace', 'The Pulsar namespace.'),
        authPlugin: str('externalPulsar.authPlugin', 'The Pulsar client auth plugin, e.g. token.'),
        authParams: str(
          'externalPulsar.authParams',
          "The auth plugin's parameters (a secret: prefer extraConfigFiles from a Secret).",
        ),
      })
      .optional()
      .meta({ description: 'A Pulsar outside this release.' }),
    externalKafka: z
      .strictObject({
        enabled: flag(
          'externalKafka.enabled',
          'Milvus uses a Kafka outside this release (beats every Pulsar or Woodpecker choice). The bundled pulsarv3 is still deployed unless pulsarv3.enabled: false.',
        ),
        brokerList: str('externalKafka.brokerList', 'host:port of the brokers, comma-separated.'),
        securityProtocol: z
          .enum(KAFKA_SECURITY_PROTOCOLS)
          .optional()
          .meta(
            keyMeta(
              'externalKafka.securityProtocol',
              "The Kafka security protocol. The chart's default is SASL_SSL: set PLAINTEXT for a broker without TLS or SASL.",
            ),
          ),
        sasl: z
          .strictObject({
            mechanisms: str(
              'externalKafka.sasl.mechanisms',
              'The SASL mechanism: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512.',
            ),
            username: str('externalKafka.sasl.username', 'The SASL user.'),
            password: str(
              'externalKafka.sasl.password',
              'The SASL password (a secret: prefer extraConfigFiles from a Secret).',
            ),
          })
          .optional(),
      })
      .optional()
      .meta({ description: 'A Kafka outside this release (TLS settings go in extraConfigFiles.user.yaml).' }),
    extraConfigFiles: z.record(z.string(), z.string()).optional().meta({
      description:
        "Files merged into milvus.yaml; user.yaml is loaded last and overrides the chart's rendering (mq, pulsar, kafka, rocksmq, natsmq settings).",
    }),
    customConfigMap: str(
      'customConfigMap',
      'A ConfigMap whose milvus.yaml replaces the whole rendered config (extraConfigFiles is then ignored).',
    ),
  })
  .meta({ description: 'milvus-helm chart values: the keys that decide the message storage.' });

export type HelmValues = z.infer<typeof HelmValuesSchema>;
