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
import { OPERATOR_DEFAULT_IMAGE } from '../versions.ts';
import { LIST_BOUNDS, anyOfFirst, fieldOr, matches, not, str } from './cel.ts';
import {
  BLANK,
  KAFKA_DIALLABLE,
  HOST_WITHOUT_PORT,
  IMAGE_TAG_MINOR_26,
  IMAGE_TAG_VERSION,
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
  {
    // The image the pods run (resolve/operatorVersion.ts runningVersions): a standalone's own
    // image, else the global one, else the operator's default.
    name: 'runImage',
    expression:
      `!variables.cluster && has(variables.components.standalone) && has(variables.components.standalone.image) && !${matches('variables.components.standalone.image', BLANK)} ? variables.components.standalone.image : ` +
      `(${matches('variables.image', BLANK)} ? ${str(OPERATOR_DEFAULT_IMAGE)} : variables.image)`,
  },
  { name: 'runTagged', expression: matches('variables.runImage', IMAGE_TAG_VERSION) },
  {
    // Support is judged against the version that runs, when its tag names one (resolve judgedVersion).
    name: 'judged26',
    expression: `variables.runTagged ? ${matches('variables.runImage', IMAGE_TAG_MINOR_26)} : variables.believed26`,
  },
  { name: 'declared', expression: fieldOr('variables.deps', 'msgStreamType', "''") },
  {
    // The operator defaulted msgStreamType from a version the pods do not run: reported as version-split.
    name: 'split',
    expression: `variables.declared == '' && variables.runTagged && variables.believed26 != ${matches('variables.runImage', IMAGE_TAG_MINOR_26)}`,
  },
  {
    // milvus_webhook.go setDefaultMsgStreamType.
    name: 'mq',
    expression: `variables.declared != '' ? variables.declared : (variables.cluster ? 'pulsar' : (variables.believed26 ? 'woodpecker' : 'rocksmq'))`,
  },
  { name: 'pulsar', expression: fieldOr('variables.deps', 'pulsar', '{}') },
  { name: 'kafka', expression: fieldOr('variables.deps', 'kafka', '{}') },
  { name: 'woodpecker', expression: fieldOr('variables.deps', 'woodpecker', '{}') },
];

export const WEBHOOK = 'The admission webhook that would refuse this is off by default in operator installs.';

/** pkg/controllers/status_cluster.go GetMsgStreamCondition: no Milvus pod until the storage answers. */
export const NEVER_DEPLOYED =
  'The operator deploys Milvus only after its own readiness check reaches the message storage (condition MsgStreamReady), so Milvus is never deployed.';

const isMq = (mq: MsgStreamType) => `variables.mq == ${str(mq)}`;
const external = (block: string) => `has(variables.${block}.external) && variables.${block}.external == true`;

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
  },
  woodpecker: {
    scheme: `seeds are host:port, and the operator's readiness check cannot dial this one. ${NEVER_DEPLOYED}`,
    noPort: `the operator's readiness check dials every seed over TCP, and a dial without a port fails. ${NEVER_DEPLOYED} The Woodpecker service listens on port 18080`,
  },
} as const;

const addressCheck = (
  code: string,
  message: (s: string, why: string) => string,
  why: string,
): SharedCheck => ({
  code,
  severity: 'error',
  message: (s) => message(s, why),
});

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
const schemeRule = (
  mq: 'pulsar' | 'kafka' | 'woodpecker',
  field: string,
  applies: string,
  anyAddress: (regex: string) => string,
) =>
  rule(
    `${mq}-address-scheme`,
    addressCheck('endpoint-scheme', schemeMessage, ADDRESS_WHY[mq].scheme),
    field,
    not(isMq(mq), applies, anyAddress(WITH_SCHEME)),
  );
const noPortRule = (
  mq: 'pulsar' | 'woodpecker',
  field: string,
  applies: string,
  anyAddress: (regex: string) => string,
) =>
  rule(
    `${mq}-address-no-port`,
    addressCheck('endpoint-no-port', noPortMessage, ADDRESS_WHY[mq].noPort),
    field,
    not(isMq(mq), applies, anyAddress(HOST_WITHOUT_PORT)),
  );
const addressRules = (
  mq: 'pulsar' | 'woodpecker',
  field: string,
  applies: string,
  anyAddress: (regex: string) => string,
) => [schemeRule(mq, field, applies, anyAddress), noPortRule(mq, field, applies, anyAddress)];

const brokerList = 'variables.kafka.brokerList';
const pools = 'variables.woodpecker.quorumBufferPools';
const noBrokerDiallable =
  `has(${brokerList}) && size(${brokerList}) > 0 && size(${brokerList}) <= ${LIST_BOUNDS.brokers} && ` +
  `!${anyOfFirst(brokerList, LIST_BOUNDS.brokers, (b) => matches(b, KAFKA_DIALLABLE))}`;
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
    'msgStreamType natsmq on Milvus 2.6 or later',
    supportOf('standalone', 'natsmq', '2.6').reason,
    not('!variables.cluster', isMq('natsmq'), 'variables.judged26'),
  ),
  ruleWithReason(
    'woodpecker-before-2.6',
    `${MQ_LABELS.woodpecker} on a Milvus below 2.6`,
    'Woodpecker arrived in Milvus 2.6; older Milvus versions do not have it.',
    not(isMq('woodpecker'), '!variables.judged26', '!variables.split'),
  ),
  {
    id: 'woodpecker-default-on-older-milvus',
    code: 'version-split',
    severity: 'error',
    subject: 'msgStreamType is not set',
    message: (s) =>
      `${s}: the operator believes Milvus 2.6 or later and picks Woodpecker, but the image that runs is older. ${supportOf('standalone', 'woodpecker', '2.5').reason.replace('Milvus 2.5', 'that Milvus')} Set msgStreamType, and make the version label and the image agree.`,
    expression: not('!variables.cluster', 'variables.split', 'variables.believed26'),
  },
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
    external('pulsar'),
    (regex) => `has(variables.pulsar.endpoint) && ${matches('variables.pulsar.endpoint', regex)}`,
  ),
  // pkg/external/kafka.go CheckKafka passes when one broker answers: an error only when none can be
  // dialled. A broker without a port is dialled at 9092 (kafka-go's dialer), so only a scheme is one.
  schemeRule(
    'kafka',
    `A broker in ${DEPS}.kafka.brokerList`,
    `${external('kafka')} && ${noBrokerDiallable}`,
    (regex) =>
      `has(${brokerList}) && ${anyOfFirst(brokerList, LIST_BOUNDS.brokers, (b) => matches(b, regex))}`,
  ),
  ...addressRules(
    'woodpecker',
    `A seed in ${DEPS}.woodpecker.quorumBufferPools`,
    external('woodpecker'),
    (regex) =>
      eachPool(
        (pool) =>
          `has(${pool}.seeds) && ${anyOfFirst(`${pool}.seeds`, LIST_BOUNDS.seedsPerPool, (seed) => matches(seed, regex))}`,
      ),
  ),
];

/**
 * A block that holds settings. The API server fills `external: false` into every block it keeps
 * (the CRD's default), so a lone false `external` counts as empty, as the block was written.
 */
/**
 * The block's declared fields and what their zero value is (apis/milvus.io/v1beta1/dependencies_types.go):
 * a field holding its zero value is no setting (resolve/storage.ts holdsSettings), and the API
 * server keeps such fields as written. The CRD declares these fields only, so the sum stays small.
 */
const ZERO_FIELDS: Record<'pulsar' | 'kafka' | 'woodpecker', Record<string, 'bool' | 'string' | 'sized'>> = {
  pulsar: { external: 'bool', endpoint: 'string', inCluster: 'sized' },
  kafka: { external: 'bool', brokerList: 'sized', secretRef: 'string', inCluster: 'sized' },
  woodpecker: { external: 'bool', quorumBufferPools: 'sized', persistence: 'sized' },
};

const holdsSettings = (block: 'pulsar' | 'kafka' | 'woodpecker') => {
  const b = `variables.${block}`;
  const zero = {
    bool: (f: string) => `${b}.${f} == false`,
    string: (f: string) => `${b}.${f} == ''`,
    sized: (f: string) => `size(${b}.${f}) == 0`,
  };
  const zeros = Object.entries(ZERO_FIELDS[block]).map(
    ([f, kind]) => `((has(${b}.${f}) && ${zero[kind](f)}) ? 1 : 0)`,
  );
  return `size(${b}) > ${zeros.join(' + ')}`;
};

/** Warnings: their own policy, bound so that they never refuse a resource (see policy.ts). */
export const WARNING_RULES: readonly AdmissionRule[] = [
  ...(['pulsar', 'kafka', 'woodpecker'] as const).map((block): AdmissionRule => ({
    id: `custom-with-${block}-block`,
    code: 'custom-storage-block-unused',
    severity: 'warning',
    subject: `spec.dependencies.${block}`,
    message: () => customBlockUnusedMessage(block),
    expression: not(`variables.mq == 'custom'`, holdsSettings(block)),
  })),
  {
    // apis/milvus.io/v1beta1/milvus_webhook.go DefaultConf (isRollingUpdateSupportedByConfig).
    id: 'rolling-update-with-embedded-storage',
    code: 'rolling-update-forced-off',
    severity: 'warning',
    subject: 'spec.components.enableRollingUpdate',
    message: (s) =>
      `${s} is true, but a standalone Milvus with RocksMQ or NATS cannot run two pods on one embedded message storage, so the operator's defaulting sets it to false: your setting has no effect, and upgrades restart the pod.`,
    expression: not(
      '!variables.cluster',
      `(${isMq('rocksmq')} || ${isMq('natsmq')})`,
      'has(variables.components.enableRollingUpdate)',
      'variables.components.enableRollingUpdate == true',
    ),
  },
];

/** The codes the error policy reports. */
export const POLICY_CODES: ReadonlySet<string> = new Set(ADMISSION_RULES.map((r) => r.code));

/** The codes the warning policy reports. */
export const WARNING_CODES: ReadonlySet<string> = new Set(WARNING_RULES.map((r) => r.code));
