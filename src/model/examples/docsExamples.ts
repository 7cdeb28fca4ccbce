/**
 * The YAML examples of the Milvus docs page "Configure Message Storage with Milvus Operator"
 * (milvus.io/docs/v2.3.x/message_storage_operator.md), quoted as the page shows them, mistakes,
 * comments and trailing spaces included, so the checker can be shown on what users actually copy.
 * Only the highlighting markup of the page was removed. Do not "fix" these texts: the tests expect
 * their mistakes.
 */
import type { ManifestExample } from './types.ts';

export const DOCS_EXAMPLES: readonly ManifestExample[] = [
  {
    id: 'docs-rocksmq',
    title: 'Docs: RocksMQ',
    origin: 'docs',
    summary: 'A v1alpha1 Milvus with an empty components block, which that API version does not have.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: milvus
spec:
  dependencies: {}
  components: {}
  config: {}
`,
  },
  {
    id: 'docs-nats',
    title: 'Docs: NATS',
    origin: 'docs',
    summary: 'NATS server settings under spec.dependencies, where the operator drops them.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: Milvus
metadata:
  name: milvus
spec:
  dependencies: 
    msgStreamType: 'natsmq'
    natsmq:
      # server side configuration for natsmq.
      server: 
        # 4222 by default, Port for nats server listening.
        port: 4222 
        # /var/lib/milvus/nats by default, directory to use for JetStream storage of nats.
        storeDir: /var/lib/milvus/nats 
        # (B) 16GB by default, Maximum size of the 'file' storage.
        maxFileStore: 17179869184 
        # (B) 8MB by default, Maximum number of bytes in a message payload.
        maxPayload: 8388608 
        # (B) 64MB by default, Maximum number of bytes buffered for a connection applies to client connections.
        maxPending: 67108864 
        # (√ms) 4s by default, waiting for initialization of natsmq finished.
        initializeTimeout: 4000 
        monitor:
          # false by default, If true enable debug log messages.
          debug: false 
          # true by default, If set to false, log without timestamps.
          logTime: true 
          # no log file by default, Log file path relative to.. .
          logFile: 
          # (B) 0, unlimited by default, Size in bytes after the log file rolls over to a new one.
          logSizeLimit: 0 
        retention:
          # (min) 3 days by default, Maximum age of any message in the P-channel.
          maxAge: 4320 
          # (B) None by default, How many bytes the single P-channel may contain. Removing oldest messages if the P-channel exceeds this size.
          maxBytes:
          # None by default, How many message the single P-channel may contain. Removing oldest messages if the P-channel exceeds this limit.    
          maxMsgs: 
  components: {}
  config: {}
`,
  },
  {
    id: 'docs-pulsar-external',
    title: 'Docs: external Pulsar',
    origin: 'docs',
    summary: 'A list of Pulsar endpoints, where the operator takes one endpoint string.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  dependencies: # Optional
    pulsar: # Optional
      # Whether (=true) to use an existed external pulsar as specified in the field endpoints or 
      # (=false) create a new pulsar inside the same kubernetes cluster for milvus.
      external: true # Optional default=false
      # The external pulsar endpoints if external=true
      endpoints:
      - 192.168.1.1:6650
  components: {}
  config: {}           
`,
  },
  {
    id: 'docs-pulsar-internal',
    title: 'Docs: internal Pulsar',
    origin: 'docs',
    summary: 'Misspelt and misplaced BookKeeper resources inside the Pulsar chart values.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  dependencies:
    pulsar:
      inCluster:
        values:
          components:
            autorecovery: false
          zookeeper:
            replicaCount: 1
          bookkeeper:
            replicaCount: 1
            resoureces:
              limit:
                cpu: '4'
              memory: 8Gi
            requests:
              cpu: 200m
              memory: 512Mi
          broker:
            replicaCount: 1
            configData:
              ## Enable \`autoSkipNonRecoverableData\` since bookkeeper is running
              ## without persistence
              autoSkipNonRecoverableData: "true"
              managedLedgerDefaultEnsembleSize: "1"
              managedLedgerDefaultWriteQuorum: "1"
              managedLedgerDefaultAckQuorum: "1"
          proxy:
            replicaCount: 1
  components: {}
  config: {}            
`,
  },
  {
    id: 'docs-kafka-external',
    title: 'Docs: external Kafka',
    origin: 'docs',
    summary: 'External Kafka with SASL settings in spec.config and a broker list.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
  labels:
    app: milvus
spec:
  config:
    kafka:
      # securityProtocol supports: PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL 
      securityProtocol: PLAINTEXT
      # saslMechanisms supports: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512
      saslMechanisms: PLAIN
      saslUsername: ""
      saslPassword: ""
  # Omit other fields ...
  dependencies:
    # Omit other fields ...
    msgStreamType: "kafka"
    kafka:
      external: true
      brokerList: 
        - "kafkaBrokerAddr1:9092"
        - "kafkaBrokerAddr2:9092"
        # ...
`,
  },
  {
    id: 'docs-kafka-internal',
    title: 'Docs: internal Kafka',
    origin: 'docs',
    summary: 'A Kafka started by the operator inside the cluster.',
    yaml: `apiVersion: milvus.io/v1alpha1
kind: MilvusCluster
metadata:
  name: my-release
  labels:
    app: milvus
spec: 
  dependencies:
    msgStreamType: "kafka"
    kafka:
      inCluster: 
        values: {} # values can be found in https://artifacthub.io/packages/helm/bitnami/kafka
  components: {}
  config: {}
`,
  },
];
