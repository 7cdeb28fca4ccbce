/**
 * The words of the checks that the checker, the wizard's form and the admission policy all make:
 * each check's code, severity and message, said once. The policy's CEL for them is in
 * admissionRules.ts; this module holds no CEL, so the form's first load takes only the words.
 */
import type { Severity } from './diagnostics.ts';
import { WOODPECKER_LOCAL_WHY } from '../whatRuns/predicates/woodpeckerLocal.ts';
import { MQ_LABELS, WOODPECKER_SERVICE_SINCE_PATCH } from '../facts/support.ts';
import { formatVersion } from '../facts/versions.ts';

export interface SharedCheck {
  /** The checker's diagnostic code. */
  code: string;
  severity: Severity;
  /** The message, about `subject` (the checker names the exact field and value; the policy the field). */
  message(subject: string): string;
}

export const WEBHOOK = 'The admission webhook that would refuse this is off by default in operator installs.';

/** pkg/controllers/status_cluster.go GetMsgStreamCondition: no Milvus pod until the storage answers. */
export const NEVER_DEPLOYED =
  'The operator deploys Milvus only after its own readiness check reaches the message storage (condition MsgStreamReady), so Milvus is never deployed.';

// ---- shared checks: the checker reports these with the same code, severity and words (with the
// operator's webhook off, its default; the checker words the webhook-on case itself) ----

export const EXTERNAL_WITHOUT_ENDPOINT: SharedCheck = {
  code: 'external-without-endpoint',
  severity: 'error',
  message: (s) =>
    `${s} is true but endpoint is not set: the operator's readiness check has nothing to reach. ${NEVER_DEPLOYED} ${WEBHOOK} Set endpoint: host:port.`,
};

export const EXTERNAL_WITHOUT_BROKERS: SharedCheck = {
  code: 'external-without-brokers',
  severity: 'error',
  message: (s) =>
    `${s} is true but brokerList is empty: the operator's readiness check fails with "broker list is empty". ${NEVER_DEPLOYED} ${WEBHOOK} Set brokerList to the brokers' host:port.`,
};

export const EXTERNAL_WITHOUT_POOLS: SharedCheck = {
  code: 'external-without-pools',
  severity: 'error',
  message: (s) =>
    `${s} is true but quorumBufferPools is empty: the Woodpecker service mode has no pool to write to, and Milvus fails at start. ${WEBHOOK} Add pools with a name and seeds (host:18080).`,
};

/** apis/milvus.io/v1beta1/milvus_webhook.go validateExternal requires each pool's name. */
export const POOL_WITHOUT_NAME: SharedCheck = {
  code: 'pool-without-name',
  severity: 'error',
  message: (s) =>
    `${s} is not set: each quorum buffer pool needs a name, and the operator's validating webhook refuses a pool without one. Name the pool.`,
};

export const POOL_WITHOUT_SEEDS: SharedCheck = {
  code: 'pool-without-seeds',
  severity: 'error',
  message: (s) => `${s} is empty: the pool has no Woodpecker node to reach. Add host:18080 addresses.`,
};

/** msgStreamType custom: pkg/controllers/dependencies.go installs nothing for a kafka/pulsar/woodpecker block. */
export function customBlockUnusedMessage(block: 'pulsar' | 'kafka' | 'woodpecker'): string {
  const label = MQ_LABELS[block];
  return `spec.dependencies.${block} is never used: msgStreamType is custom, so the operator installs no ${label}, writes none of these settings into Milvus's config and leaves the message storage to spec.config and customMsgStream. Put the ${label} settings Milvus needs under spec.config.${block}, or set msgStreamType: ${block}.`;
}

/** "<address> has a scheme: <why>." and "<address> has no port: <why>.", as both say them. */
export const schemeMessage = (subject: string, why: string) =>
  `${subject} has a scheme: ${why.replace(/\.$/, '')}. Write only host:port.`;
export const noPortMessage = (subject: string, why: string) => `${subject} has no port: ${why}.`;

/** Why a scheme or a missing port matters, per message storage (Kafka: when no broker can be dialled). */
export const ADDRESS_WHY = {
  pulsar: {
    scheme: `the operator's readiness check connects to "pulsar://" + endpoint, a doubled scheme that never connects. ${NEVER_DEPLOYED}`,
    noPort:
      "the operator splits the endpoint into Milvus's pulsar.address and pulsar.port and, finding no port, writes port 80 (pkg/util/util.go GetHostPort), where Pulsar does not listen (its usual port is 6650): Milvus cannot reach Pulsar",
  },
  kafka: {
    scheme: `brokerList takes host:port; the operator's readiness check dials each broker as written, and no broker in the list can be dialled. ${NEVER_DEPLOYED}`,
    // segmentio/kafka-go's dialer (the operator's readiness check) and librdkafka (Milvus) both dial
    // 9092, so a broker without a port is a warning and never held back (NO_PORT_SEVERITY).
    noPort:
      "Milvus's Kafka client and the operator's readiness check then use port 9092 (kafka-go's dialer.go); write the port if the broker listens on another",
  },
  woodpecker: {
    scheme: `seeds are host:port, and the operator's readiness check cannot dial this one. ${NEVER_DEPLOYED}`,
    noPort: `the operator's readiness check dials every seed over TCP, and a dial without a port fails. ${NEVER_DEPLOYED} The Woodpecker service listens on port 18080`,
  },
} as const;

/** What each external address is, in messages. */
export const ADDRESS_NAMES = {
  pulsar: 'Pulsar endpoint',
  kafka: 'Kafka broker',
  woodpecker: 'Woodpecker seed',
} as const;

export type AddressStorage = keyof typeof ADDRESS_NAMES;

/** Whether a storage has external addresses of its own (RocksMQ and NATS have none). */
export function isAddressStorage(type: string): type is AddressStorage {
  return Object.hasOwn(ADDRESS_NAMES, type);
}

/** A missing port holds Milvus back (an error) except for Kafka, whose clients dial 9092. */
export const NO_PORT_SEVERITY: Record<AddressStorage, 'error' | 'warning'> = {
  pulsar: 'error',
  kafka: 'warning',
  woodpecker: 'error',
};

/** A port that is not 1 to 65535, and text that is not host:port at all: always errors, for every address. */
export const ADDRESS_SHAPE_CHECKS: Record<AddressStorage, { port: SharedCheck; format: SharedCheck }> = {
  pulsar: shapeChecks('pulsar'),
  kafka: shapeChecks('kafka'),
  woodpecker: shapeChecks('woodpecker'),
};

function shapeChecks(mq: AddressStorage): { port: SharedCheck; format: SharedCheck } {
  const name = ADDRESS_NAMES[mq];
  return {
    port: {
      code: 'endpoint-port',
      severity: 'error',
      message: (s) =>
        `${s} has a port that is not a number from 1 to 65535: Milvus cannot connect to the ${name}.`,
    },
    format: {
      code: 'endpoint-format',
      severity: 'error',
      message: (s) =>
        `${s} is not host:port: the ${name} must be host:port${mq === 'pulsar' ? ' (ONE address)' : ''}, or Milvus cannot connect.`,
    },
  };
}

/**
 * Kafka SASL without a mechanism or without credentials (Milvus's Kafka client settings in
 * spec.config.kafka; spec.dependencies.kafka.secretRef gives the credentials instead).
 */
export const KAFKA_SASL_WITHOUT_MECHANISM: SharedCheck = {
  code: 'kafka-sasl-incomplete',
  severity: 'error',
  message: (s) =>
    `${s} but saslMechanisms is not set: Milvus cannot authenticate to Kafka and fails to connect. Set saslMechanisms to PLAIN, SCRAM-SHA-256 or SCRAM-SHA-512.`,
};

export const KAFKA_SASL_WITHOUT_CREDENTIALS: SharedCheck = {
  code: 'kafka-sasl-incomplete',
  severity: 'error',
  message: (s) =>
    `${s} but there are no SASL credentials: Milvus cannot authenticate to Kafka. Name a Secret with keys username and password in spec.dependencies.kafka.secretRef (or set saslUsername and saslPassword).`,
};

/** The checker and the policy both name the service mode with these words. */
export const WOODPECKER_SERVICE =
  'Woodpecker as a service (woodpecker.external: true with quorumBufferPools)';

/** Milvus docs "Woodpecker" (woodpecker.md): the service runs in cluster mode only. */
export const WOODPECKER_SERVICE_STANDALONE: SharedCheck = {
  code: 'woodpecker-service-standalone',
  severity: 'error',
  message: (s) =>
    `${s} is for cluster mode only (Milvus docs, "Woodpecker"; Milvus ${formatVersion(WOODPECKER_SERVICE_SINCE_PATCH)} and later). A standalone Milvus runs Woodpecker embedded: remove external and quorumBufferPools, or set spec.mode: cluster.`,
};

/** checker/rules/woodpeckerCluster.ts: local Woodpecker in cluster mode without forceLocalStorage. */
export const WOODPECKER_LOCAL_IN_CLUSTER_CHECK: SharedCheck = {
  code: 'woodpecker-local-in-cluster',
  severity: 'error',
  message: (s) => `${s} ${WOODPECKER_LOCAL_WHY}`,
};
