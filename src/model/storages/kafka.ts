/**
 * Kafka: a release the operator installs, or brokers the user runs. Milvus's client settings
 * (security, SASL, TLS, timeouts) live in milvus.yaml under `kafka`, for either side.
 */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { KAFKA_SASL_MECHANISMS, KAFKA_SECURITY_PROTOCOLS } from '../facts/operatorEnums.ts';
import { STORAGE_CATALOG } from './catalog.ts';
import { boolCodec, enumCodec, intCodec, stringListCodec, textCodec } from './codecs.ts';
import { defineStorage } from './descriptor.ts';
import { addressList, optionalBool, optionalEnum, optionalInt, text } from './fieldSchemas.ts';
import { CONFIG, DEPS, externalField, inClusterLifecycleFields, inClusterLifecycleShape } from './shared.ts';

export const KafkaSchema = z.object({
  external: z.boolean().default(false).meta({
    description: 'Use a Kafka you already run (true) or let the operator install one in the cluster (false).',
    helm: 'Use a Kafka you already run (true: externalKafka) or let the chart deploy its Kafka subchart in the release (false).',
  }),
  brokerList: addressList({
    description:
      'External Kafka brokers, each host:port (e.g. kafka-0.example:9092). Kafka 2.x and 3.x only.',
  }).default([]),
  securityProtocol: optionalEnum(KAFKA_SECURITY_PROTOCOLS, {
    label: 'Security protocol (securityProtocol)',
    description: 'spec.config.kafka.securityProtocol. Default PLAINTEXT.',
    default: 'PLAINTEXT',
  }),
  saslMechanisms: optionalEnum(KAFKA_SASL_MECHANISMS, {
    label: 'SASL mechanism (saslMechanisms)',
    description: 'spec.config.kafka.saslMechanisms: needed with SASL_PLAINTEXT or SASL_SSL.',
  }),
  secretRef: text({
    label: 'Secret name (secretRef)',
    placeholder: 'kafka-credentials',
    description:
      'Name of a Secret with keys username and password (optional ca.pem). Preferred: the credentials stay out of the Milvus resource and its ConfigMap.',
  }),
  saslUsername: text({
    label: 'SASL username (saslUsername)',
    description: 'spec.config.kafka.saslUsername (ignored when a secretRef is set).',
    helm: 'spec.config.kafka.saslUsername: the SASL user name.',
  }),
  saslPassword: text({
    label: 'SASL password (saslPassword)',
    description:
      'spec.config.kafka.saslPassword: stored in clear in the resource and its ConfigMap; use a secretRef instead. Never saved in drafts or links.',
  }),
  tls: z
    .object({
      enabled: optionalBool({
        label: 'TLS enabled (ssl.enabled)',
        description: 'spec.config.kafka.ssl.enabled.',
      }),
      tlsCert: text({
        label: 'Client certificate (tlsCert)',
        placeholder: '/certs/client.pem',
        description: 'spec.config.kafka.ssl.tlsCert: path to the client certificate (PEM) inside the pod.',
      }),
      tlsKey: text({
        label: 'Client key (tlsKey)',
        placeholder: '/certs/client.key',
        description: 'spec.config.kafka.ssl.tlsKey: path to the client private key (PEM) inside the pod.',
      }),
      tlsCaCert: text({
        label: 'CA certificate (tlsCaCert)',
        placeholder: '/certs/ca.pem',
        description: 'spec.config.kafka.ssl.tlsCaCert: path to the CA certificate(s) inside the pod.',
      }),
      tlsKeyPassword: text({
        label: 'Key password (tlsKeyPassword)',
        description:
          'spec.config.kafka.ssl.tlsKeyPassword: passphrase of the private key. Never saved in drafts or links.',
      }),
    })
    .prefault({}),
  // configs/milvus.yaml (2.4 to 2.6): kafka.readTimeout: 10, in seconds.
  readTimeout: optionalInt(1, 86_400, {
    label: 'Read timeout (readTimeout)',
    description:
      'spec.config.kafka.readTimeout: how long Milvus waits for Kafka to answer a read, in seconds. Default 10.',
    default: 10,
    unit: 'seconds',
  }),
  inCluster: z
    .object({
      ...inClusterLifecycleShape,
      replicaCount: optionalInt(0, 99, {
        label: 'Replica count (replicaCount)',
        description: 'values.replicaCount: number of Kafka brokers.',
      }),
      extraValues: z.record(z.string(), z.unknown()).default({}).meta({
        description: 'More Helm values of the Kafka chart, written under inCluster.values as given.',
        helm: 'More values of the Kafka subchart, written under kafka in values.yaml as given.',
      }),
    })
    .prefault({}),
});

type Own = z.output<typeof KafkaSchema>;
const base = [...DEPS, 'kafka'];
const config = [...CONFIG, 'kafka'];
const external = (own: Own) => own.external;
const inCluster = (own: Own) => !own.external;
const withoutSecret = (own: Own) => own.secretRef === '';

export const kafka = defineStorage({
  ...STORAGE_CATALOG.kafka,
  schema: KafkaSchema,
  fields: [
    externalField<Own>(base),
    { value: ['brokerList'], manifest: [...base, 'brokerList'], codec: stringListCodec, when: external },
    ...inClusterLifecycleFields<Own>(base, inCluster),
    {
      value: ['inCluster', 'replicaCount'],
      manifest: [...base, 'inCluster', 'values', 'replicaCount'],
      codec: intCodec,
      when: inCluster,
    },
    {
      value: ['inCluster', 'extraValues'],
      manifest: [...base, 'inCluster', 'values'],
      codec: textCodec,
      when: inCluster,
      spread: { except: ['replicaCount'] },
    },
    { value: ['secretRef'], manifest: [...base, 'secretRef'], codec: textCodec },
    {
      value: ['securityProtocol'],
      manifest: [...config, 'securityProtocol'],
      codec: enumCodec(KAFKA_SECURITY_PROTOCOLS),
    },
    {
      value: ['saslMechanisms'],
      manifest: [...config, 'saslMechanisms'],
      codec: enumCodec(KAFKA_SASL_MECHANISMS),
    },
    // With a secretRef the operator overwrites both from the Secret (pkg/controllers/configmaps.go
    // updateConfigMap): what the form holds there is not written.
    { value: ['saslUsername'], manifest: [...config, 'saslUsername'], codec: textCodec, when: withoutSecret },
    {
      value: ['saslPassword'],
      manifest: [...config, 'saslPassword'],
      codec: textCodec,
      when: withoutSecret,
      secret: true,
    },
    { value: ['tls', 'enabled'], manifest: [...config, 'ssl', 'enabled'], codec: boolCodec },
    { value: ['tls', 'tlsCert'], manifest: [...config, 'ssl', 'tlsCert'], codec: textCodec },
    { value: ['tls', 'tlsKey'], manifest: [...config, 'ssl', 'tlsKey'], codec: textCodec },
    { value: ['tls', 'tlsCaCert'], manifest: [...config, 'ssl', 'tlsCaCert'], codec: textCodec },
    {
      value: ['tls', 'tlsKeyPassword'],
      manifest: [...config, 'ssl', 'tlsKeyPassword'],
      codec: textCodec,
      secret: true,
    },
    { value: ['readTimeout'], manifest: [...config, 'readTimeout'], codec: intCodec },
  ],
  blockComment: (own) =>
    own.external
      ? 'External Kafka (2.x or 3.x): the brokers Milvus connects to.'
      : 'In-cluster Kafka: the operator installs the Kafka Helm chart with these values.',
  configComment:
    "Kafka client settings (security, timeouts) live in Milvus's own configuration (milvus.yaml).",
});
