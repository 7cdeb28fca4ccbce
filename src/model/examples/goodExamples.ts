/**
 * Manifests written for this project as models to start from: current API (milvus.io/v1beta1),
 * an explicit image so the Milvus version is the one meant, and every message-storage setting in
 * the place the operator reads it. The checker should find nothing to fix in them.
 */
import type { ManifestExample } from './types.ts';

export const GOOD_EXAMPLES: readonly ManifestExample[] = [
  {
    id: 'good-standalone-rocksmq',
    title: 'Good: standalone with RocksMQ',
    origin: 'good',
    summary: 'Milvus 2.5 standalone on RocksMQ with a persistent volume and its retention settings.',
    yaml: `# Milvus standalone on RocksMQ, the embedded message storage (Milvus 2.5 and earlier).
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: standalone
  components:
    # The image decides which Milvus runs.
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: rocksmq
    rocksmq:
      persistence:
        enabled: true
        # Keep the volume (and its messages) when the Milvus resource is deleted.
        pvcDeletion: false
        persistentVolumeClaim:
          spec:
            resources:
              requests:
                storage: 20Gi
  config:
    rocksmq:
      # Keep messages 3 days or up to 8 GB, whichever comes first.
      retentionTimeInMinutes: 4320
      retentionSizeInMB: 8192
`,
  },
  {
    id: 'good-cluster-kafka-external',
    title: 'Good: cluster with external Kafka',
    origin: 'good',
    summary: 'Milvus 2.6 cluster on an existing Kafka, with SASL credentials from a Secret.',
    yaml: `# Milvus cluster on an existing Kafka (2.x or 3.x) secured with SASL over TLS.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.6.15
  dependencies:
    msgStreamType: kafka
    kafka:
      external: true
      brokerList:
        - kafka-0.kafka.example.internal:9092
        - kafka-1.kafka.example.internal:9092
      # A Secret with the keys username and password (and ca.pem for a private CA).
      secretRef: milvus-kafka-credentials
  config:
    kafka:
      securityProtocol: SASL_SSL
      saslMechanisms: SCRAM-SHA-512
`,
  },
  {
    id: 'good-cluster-pulsar-internal',
    title: 'Good: cluster with in-cluster Pulsar',
    origin: 'good',
    summary:
      'The docs internal Pulsar example corrected: v1beta1, Pulsar v3 chart, BookKeeper resources in place.',
    yaml: `# Milvus cluster with a small Pulsar that the operator installs in the same namespace.
apiVersion: milvus.io/v1beta1
kind: Milvus
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  mode: cluster
  components:
    image: milvusdb/milvus:v2.5.16
  dependencies:
    msgStreamType: pulsar
    pulsar:
      inCluster:
        chartVersion: pulsar-v3
        # Keep Pulsar and its volumes if the Milvus resource is deleted.
        deletionPolicy: Retain
        values:
          components:
            autorecovery: false
          zookeeper:
            replicaCount: 1
          bookkeeper:
            replicaCount: 1
            resources:
              limits:
                cpu: '4'
                memory: 8Gi
              requests:
                cpu: 200m
                memory: 512Mi
          broker:
            replicaCount: 1
          proxy:
            replicaCount: 1
`,
  },
];
