/**
 * What the chart cannot express, by form field. Its own module, with no import, because the
 * wizard's first step shows these reasons (fields/ChartLimit.tsx): importing them from places.ts
 * would bring the chart's facts and schema into the page's first load.
 */
const RELEASE_LIFECYCLE =
  'A subchart is part of the Milvus release: helm uninstall removes it, and keeps its volumes (the chart sets no deletion of them).';

/** Reasons by form field (a value path joined by dots), for what the chart cannot express. */
export const HELM_UNSUPPORTED: Readonly<Record<string, string>> = {
  apiVersion: 'Helm installs no Milvus resource, so there is no API version to choose.',
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
};
