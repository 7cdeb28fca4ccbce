/**
 * The checks that both the checker and the admission policy make: one table. Each entry names the
 * checker's diagnostic code and severity, says the problem in words (the checker's rules build their
 * messages with `message`, the policy writes the same words under the same code), and holds the CEL
 * that decides it from the object the API server hands to admission (pruned and defaulted).
 *
 * The CEL reads these variables (POLICY_VARIABLES): `cluster`, `believed26` (the version the
 * operator believes is 2.6 or later), `mq` (the message storage in effect, the operator's default
 * for an empty msgStreamType), and the blocks `pulsar`, `kafka`, `woodpecker` (empty maps when
 * absent).
 */
import type { Severity } from '../diagnostics.ts';
import { MQ_LABELS, supportOf, type MsgStreamType } from '../support.ts';
import { LIST_BOUNDS, anyOfFirst, fieldOr, matches, not, str } from './cel.ts';
import {
  BLANK,
  HOST_WITHOUT_PORT,
  IMAGE_TAG_AFTER_25,
  IMAGE_TAG_MASTER,
  VERSION_AFTER_25,
  WITH_SCHEME,
} from './patterns.ts';

export interface SharedCheck {
  /** The checker's diagnostic code. */
  code: string;
  severity: Severity;
  /** The message, about `subject` (the checker names the exact field and value; the policy the field). */
  message(subject: string): string;
}

export interface AdmissionRule extends SharedCheck {
  /** Names the validation in tests and docs: unique. */
  id: string;
  /** What the policy names as the subject of its message. */
  subject: string;
  /** CEL, true when the object passes. */
  expression: string;
}

/** The policy's variables, in order (each may read the ones before it). */
export const POLICY_VARIABLES: readonly { name: string; expression: string }[] = [
  { name: 'spec', expression: fieldOr('object', 'spec', '{}') },
  { name: 'components', expression: fieldOr('variables.spec', 'components', '{}') },
  { name: 'deps', expression: fieldOr('variables.spec', 'dependencies', '{}') },
  {
    name: 'cluster',
    expression: `object.kind == 'MilvusCluster' || (has(variables.spec.mode) && variables.spec.mode == 'cluster')`,
  },
  { name: 'versionLabel', expression: fieldOr('variables.components', 'version', "''") },
  { name: 'image', expression: fieldOr('variables.components', 'image', "''") },
  {
    // apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6: components.version
    // first, else the image tag; no image means the default image (Milvus 2.6.11).
    name: 'believed26',
    expression:
      `!${matches('variables.versionLabel', BLANK)} ? ${matches('variables.versionLabel', VERSION_AFTER_25)} : ` +
      `(${matches('variables.image', BLANK)} || ${matches('variables.image', IMAGE_TAG_MASTER)} || ${matches('variables.image', IMAGE_TAG_AFTER_25)})`,
  },
  { name: 'declared', expression: fieldOr('variables.deps', 'msgStreamType', "''") },
  {
    // milvus_webhook.go setDefaultMsgStreamType.
    name: 'mq',
    expression: `variables.declared != '' ? variables.declared : (variables.cluster ? 'pulsar' : (variables.believed26 ? 'woodpecker' : 'rocksmq'))`,
  },
  { name: 'pulsar', expression: fieldOr('variables.deps', 'pulsar', '{}') },
  { name: 'kafka', expression: fieldOr('variables.deps', 'kafka', '{}') },
  { name: 'woodpecker', expression: fieldOr('variables.deps', 'woodpecker', '{}') },
];

const WEBHOOK = 'The admission webhook that would refuse this is off by default in operator installs.';

const isMq = (mq: MsgStreamType) => `variables.mq == ${str(mq)}`;
const external = (block: string) => `has(variables.${block}.external) && variables.${block}.external == true`;

// ---- shared checks: the checker reports these with the same code, severity and words ----

export const EXTERNAL_WITHOUT_ENDPOINT: SharedCheck = {
  code: 'external-without-endpoint',
  severity: 'error',
  message: (s) =>
    `${s} is true but endpoint is not set: Milvus has no Pulsar to connect to and fails at start. ${WEBHOOK} Set endpoint: host:port.`,
};

export const EXTERNAL_WITHOUT_BROKERS: SharedCheck = {
  code: 'external-without-brokers',
  severity: 'error',
  message: (s) =>
    `${s} is true but brokerList is empty: Milvus has no Kafka to connect to and fails at start. ${WEBHOOK} Set brokerList to the brokers' host:port.`,
};

export const EXTERNAL_WITHOUT_POOLS: SharedCheck = {
  code: 'external-without-pools',
  severity: 'error',
  message: (s) =>
    `${s} is true but quorumBufferPools is empty: the Woodpecker service mode has no pool to write to. ${WEBHOOK} Add pools with a name and seeds (host:18080).`,
};

export const POOL_WITHOUT_SEEDS: SharedCheck = {
  code: 'pool-without-seeds',
  severity: 'error',
  message: (s) => `${s} is empty: the pool has no Woodpecker node to reach. Add host:18080 addresses.`,
};

/** An address with a scheme, or without a port, per message storage. */
export const ADDRESS_CHECKS = {
  pulsar: {
    scheme: {
      code: 'endpoint-scheme',
      severity: 'error',
      // pkg/controllers/msgstream.go (readiness): the operator dials "pulsar://" + endpoint.
      message: (s) =>
        `${s} has a scheme: the operator adds pulsar:// itself, so its readiness check dials pulsar://pulsar://... and never passes, and no Milvus pod starts. Write only host:port.`,
    },
    noPort: {
      code: 'endpoint-no-port',
      severity: 'error',
      message: (s) =>
        `${s} has no port: the operator writes port 80 into Milvus's config, where Pulsar does not listen (its usual port is 6650), and its readiness check does not pass, so no Milvus pod starts.`,
    },
  },
  kafka: {
    scheme: {
      code: 'endpoint-scheme',
      severity: 'error',
      // pkg/controllers/msgstream.go (readiness): every broker is dialled as host:port.
      message: (s) =>
        `${s} has a scheme: the operator dials every broker as host:port before it deploys Milvus, so its readiness check never passes and no Milvus pod starts. Write only host:port.`,
    },
    noPort: {
      code: 'endpoint-no-port',
      severity: 'error',
      message: (s) =>
        `${s} has no port: the operator dials every broker as host:port before it deploys Milvus, so its readiness check never passes and no Milvus pod starts (brokers usually listen on 9092).`,
    },
  },
  woodpecker: {
    scheme: {
      code: 'endpoint-scheme',
      severity: 'error',
      message: (s) => `${s} has a scheme: seeds are host:port. Write only host:port.`,
    },
    noPort: {
      code: 'endpoint-no-port',
      severity: 'error',
      message: (s) => `${s} has no port: the Woodpecker service listens on port 18080.`,
    },
  },
} as const satisfies Record<'pulsar' | 'kafka' | 'woodpecker', { scheme: SharedCheck; noPort: SharedCheck }>;

function rule(id: string, check: SharedCheck, subject: string, expression: string): AdmissionRule {
  return { id, subject, expression, ...check };
}

/**
 * unsupported-storage, worded as the checker words it: "<what runs where>: <the support table's
 * reason>" (storageVsModeAndVersion.ts reads the same reason from support.ts).
 */
function ruleWithReason(id: string, subject: string, reason: string, expression: string): AdmissionRule {
  return {
    id,
    subject,
    expression,
    code: 'unsupported-storage',
    severity: 'error',
    message: (s) => `${s}: ${reason}`,
  };
}

const DEPS = 'spec.dependencies';
const addressRules = (
  mq: 'pulsar' | 'kafka' | 'woodpecker',
  field: string,
  anyAddress: (regex: string) => string,
) => [
  rule(`${mq}-address-scheme`, ADDRESS_CHECKS[mq].scheme, field, not(isMq(mq), anyAddress(WITH_SCHEME))),
  rule(
    `${mq}-address-no-port`,
    ADDRESS_CHECKS[mq].noPort,
    field,
    not(isMq(mq), anyAddress(HOST_WITHOUT_PORT)),
  ),
];

const brokerList = 'variables.kafka.brokerList';
const pools = 'variables.woodpecker.quorumBufferPools';
const eachPool = (condition: (pool: string) => string) =>
  `has(${pools}) && ${anyOfFirst(pools, LIST_BOUNDS.pools, (pool) => condition(pool))}`;

/** Every check the policy makes, in the order kubectl shows their messages. */
export const ADMISSION_RULES: readonly AdmissionRule[] = [
  ruleWithReason(
    'rocksmq-in-cluster',
    'msgStreamType rocksmq in cluster mode',
    supportOf('cluster', 'rocksmq', '2.6').reason,
    not('variables.cluster', isMq('rocksmq')),
  ),
  ruleWithReason(
    'natsmq-in-cluster',
    'msgStreamType natsmq in cluster mode',
    supportOf('cluster', 'natsmq', '2.6').reason,
    not('variables.cluster', isMq('natsmq')),
  ),
  ruleWithReason(
    'natsmq-on-2.6',
    'msgStreamType natsmq on a Milvus the operator believes is 2.6 or later',
    supportOf('standalone', 'natsmq', '2.6').reason,
    not('!variables.cluster', isMq('natsmq'), 'variables.believed26'),
  ),
  ruleWithReason(
    'woodpecker-before-2.6',
    `${MQ_LABELS.woodpecker} on a Milvus the operator believes is below 2.6`,
    'Woodpecker arrived in Milvus 2.6; older Milvus versions do not have it.',
    not(isMq('woodpecker'), '!variables.believed26'),
  ),
  rule(
    'pulsar-external-without-endpoint',
    EXTERNAL_WITHOUT_ENDPOINT,
    `${DEPS}.pulsar.external`,
    not(
      isMq('pulsar'),
      external('pulsar'),
      `(!has(variables.pulsar.endpoint) || variables.pulsar.endpoint == '')`,
    ),
  ),
  rule(
    'kafka-external-without-brokers',
    EXTERNAL_WITHOUT_BROKERS,
    `${DEPS}.kafka.external`,
    not(isMq('kafka'), external('kafka'), `(!has(${brokerList}) || size(${brokerList}) == 0)`),
  ),
  rule(
    'woodpecker-external-without-pools',
    EXTERNAL_WITHOUT_POOLS,
    `${DEPS}.woodpecker.external`,
    not(isMq('woodpecker'), external('woodpecker'), `(!has(${pools}) || size(${pools}) == 0)`),
  ),
  rule(
    'woodpecker-pool-without-seeds',
    POOL_WITHOUT_SEEDS,
    `A seeds list of ${DEPS}.woodpecker.quorumBufferPools`,
    not(
      isMq('woodpecker'),
      eachPool((pool) => `has(${pool}.seeds) && size(${pool}.seeds) == 0`),
    ),
  ),
  ...addressRules(
    'pulsar',
    `${DEPS}.pulsar.endpoint`,
    (regex) => `has(variables.pulsar.endpoint) && ${matches('variables.pulsar.endpoint', regex)}`,
  ),
  ...addressRules(
    'kafka',
    `A broker in ${DEPS}.kafka.brokerList`,
    (regex) =>
      `has(${brokerList}) && ${anyOfFirst(brokerList, LIST_BOUNDS.brokers, (b) => matches(b, regex))}`,
  ),
  ...addressRules('woodpecker', `A seed in ${DEPS}.woodpecker.quorumBufferPools`, (regex) =>
    eachPool(
      (pool) =>
        `has(${pool}.seeds) && ${anyOfFirst(`${pool}.seeds`, LIST_BOUNDS.seedsPerPool, (seed) => matches(seed, regex))}`,
    ),
  ),
];

/** The codes the policy reports. */
export const POLICY_CODES: ReadonlySet<string> = new Set(ADMISSION_RULES.map((r) => r.code));
