/** What the chart cannot express on the settings step: see unsupported.ts. */
const RELEASE_LIFECYCLE =
  'A subchart is part of the Milvus release: helm uninstall removes it, and keeps its volumes (the chart sets no deletion of them).';

/** Reasons by form field of the settings step (see unsupported.ts). */
export const HELM_UNSUPPORTED_SETTINGS = {
  'pulsar.inCluster.deletionPolicy': RELEASE_LIFECYCLE,
  'pulsar.inCluster.pvcDeletion': RELEASE_LIFECYCLE,
  'kafka.inCluster.deletionPolicy': RELEASE_LIFECYCLE,
  'kafka.inCluster.pvcDeletion': RELEASE_LIFECYCLE,
  'kafka.secretRef':
    'The chart reads no Secret for Kafka: the install command passes the password from an environment variable instead.',
  'kafka.saslPassword':
    'Never written into values.yaml: the install command passes it with --set-string from $KAFKA_SASL_PASSWORD.',
  'kafka.tls.tlsKeyPassword':
    "The chart has no key for it, and a password never goes into values.yaml: add it to Milvus's kafka.ssl settings yourself (extraConfigFiles, from a file you keep out of version control).",
  'woodpecker.quorumBufferPools':
    'The chart runs the Woodpecker service itself and writes its pool (name default, one seed per replica of the StatefulSet): there are no pools to give.',
  'rocksmq.persistence.pvcDeletion':
    'The chart keeps the standalone volume when the release is uninstalled (annotation helm.sh/resource-policy: keep).',
  'natsmq.persistence.pvcDeletion':
    'The chart keeps the standalone volume when the release is uninstalled (annotation helm.sh/resource-policy: keep).',
} as const satisfies Readonly<Record<string, string>>;
