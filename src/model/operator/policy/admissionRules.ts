/**
 * The checks that both the checker and the admission policy make: one table. Each entry names the
 * checker's diagnostic code and severity, says the problem in words (the checker's rules build their
 * messages with `message`, the policy writes the same words under the same code), and holds the CEL
 * that decides it from the object the API server hands to admission (pruned and defaulted).
 *
 * The CEL reads these variables (OBJECT_VARIABLES): `cluster`, `believed26` (the version the
 * operator believes is 2.6 or later), `mq` (the message storage in effect, the operator's default
 * for an empty msgStreamType), and the blocks `pulsar`, `kafka`, `woodpecker` (empty maps when
 * absent).
 */
import {
  MQ_LABELS,
  WOODPECKER_SERVICE_ON_2_6,
  WOODPECKER_SERVICE_SINCE_PATCH,
  supportOf,
  type MsgStreamType,
} from '../../facts/support.ts';
import {
  DEFAULT_MINOR,
  OPERATOR_DEFAULT_IMAGE,
  STREAMING_SINCE,
  formatVersion,
} from '../../facts/versions.ts';
import { LIST_BOUNDS, anyOfFirst, fieldOr, matches, not, str } from './cel.ts';
import {
  BLANK,
  HOST_AND_PORT_PART,
  HOST_MAYBE_PORT,
  HOST_PORT_OR_SCHEME,
  KAFKA_DIALLABLE,
  HOST_WITHOUT_PORT,
  IMAGE_TAG_MINOR_26,
  IMAGE_TAG_MINOR_30,
  IMAGE_TAG_VERSION,
  IMAGE_TAG_AFTER_25,
  IMAGE_TAG_MASTER,
  SASL_PROTOCOL,
  VERSION_AFTER_25,
  WITH_SCHEME,
} from './patterns.ts';
import {
  ADDRESS_SHAPE_CHECKS,
  ADDRESS_WHY,
  EXTERNAL_WITHOUT_BROKERS,
  EXTERNAL_WITHOUT_ENDPOINT,
  EXTERNAL_WITHOUT_POOLS,
  KAFKA_SASL_WITHOUT_CREDENTIALS,
  KAFKA_SASL_WITHOUT_MECHANISM,
  WOODPECKER_SERVICE,
  POOL_WITHOUT_NAME,
  POOL_WITHOUT_SEEDS,
  WOODPECKER_SERVICE_STANDALONE,
  WOODPECKER_LOCAL_IN_CLUSTER_CHECK,
  customBlockUnusedMessage,
  NO_PORT_SEVERITY,
  noPortMessage,
  schemeMessage,
  type AddressStorage,
  type SharedCheck,
} from '../../findings/sharedChecks.ts';

export * from '../../findings/sharedChecks.ts';

export interface AdmissionRule extends SharedCheck {
  /** Names the validation in tests and docs: unique. */
  id: string;
  /** What the policy names as the subject of its message. */
  subject: string;
  /** CEL, true when the object passes. */
  expression: string;
}

/**
 * The facts the rules read about one object, as policy variables in order (each may read the ones
 * before it). `root` is the object read; `ref` names a variable of the same chain, so the chain can
 * be read once for `object` and once for the `oldObject` of an UPDATE (see updateRules.ts).
 */
export function objectVariables(
  root: string,
  name: (fact: string) => string,
): { name: string; expression: string }[] {
  const v = (fact: string) => `variables.${name(fact)}`;
  const facts: [string, string][] = [
    ['spec', fieldOr(root, 'spec', '{}')],
    ['components', fieldOr(v('spec'), 'components', '{}')],
    ['deps', fieldOr(v('spec'), 'dependencies', '{}')],
    [
      'cluster',
      `(has(${root}.kind) && ${root}.kind == 'MilvusCluster') || (has(${v('spec')}.mode) && ${v('spec')}.mode == 'cluster')`,
    ],
    ['versionLabel', fieldOr(v('components'), 'version', "''")],
    ['image', fieldOr(v('components'), 'image', "''")],
    // apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6: components.version
    // first, else the image tag; no image means the operator's default image (OPERATOR_DEFAULT_IMAGE).
    [
      'believed26',
      `!${matches(v('versionLabel'), BLANK)} ? ${matches(v('versionLabel'), VERSION_AFTER_25)} : ` +
        `(${matches(v('image'), BLANK)} || ${matches(v('image'), IMAGE_TAG_MASTER)} || ${matches(v('image'), IMAGE_TAG_AFTER_25)})`,
    ],
    // The image the pods run (resolve/operatorVersion.ts runningVersions): a standalone's own
    // image, else the global one, else the operator's default.
    [
      'runImage',
      `!${v('cluster')} && has(${v('components')}.standalone) && has(${v('components')}.standalone.image) && !${matches(`${v('components')}.standalone.image`, BLANK)} ? ${v('components')}.standalone.image : ` +
        `(${matches(v('image'), BLANK)} ? ${str(OPERATOR_DEFAULT_IMAGE)} : ${v('image')})`,
    ],
    ['runTagged', matches(v('runImage'), IMAGE_TAG_VERSION)],
    // Support is judged against the version that runs, when its tag names one (resolve judgedVersion).
    ['judged26', `${v('runTagged')} ? ${matches(v('runImage'), IMAGE_TAG_MINOR_26)} : ${v('believed26')}`],
    ['declared', fieldOr(v('deps'), 'msgStreamType', "''")],
    // The operator defaulted msgStreamType from a version the pods do not run: reported as version-split.
    [
      'split',
      `${v('declared')} == '' && ${v('runTagged')} && ${v('believed26')} != ${matches(v('runImage'), IMAGE_TAG_MINOR_26)}`,
    ],
    // milvus_webhook.go setDefaultMsgStreamType.
    [
      'mq',
      `${v('declared')} != '' ? ${v('declared')} : (${v('cluster')} ? 'pulsar' : (${v('believed26')} ? 'woodpecker' : 'rocksmq'))`,
    ],
    ['pulsar', fieldOr(v('deps'), 'pulsar', '{}')],
    ['kafka', fieldOr(v('deps'), 'kafka', '{}')],
    ['woodpecker', fieldOr(v('deps'), 'woodpecker', '{}')],
    // spec.config is free-form (Milvus's milvus.yaml): its kafka section counts only as a map.
    // spec.config.woodpecker.storage, as a map only (checker/rules/woodpeckerCluster.ts).
    [
      'woodpeckerStorageConfig',
      `has(${v('spec')}.config) && type(${v('spec')}.config) == map && has(${v('spec')}.config.woodpecker) && ` +
        `type(${v('spec')}.config.woodpecker) == map && has(${v('spec')}.config.woodpecker.storage) && ` +
        `type(${v('spec')}.config.woodpecker.storage) == map ? ${v('spec')}.config.woodpecker.storage : {}`,
    ],
    [
      'kafkaConfig',
      `has(${v('spec')}.config) && type(${v('spec')}.config) == map && has(${v('spec')}.config.kafka) && ` +
        `type(${v('spec')}.config.kafka) == map ? ${v('spec')}.config.kafka : {}`,
    ],
  ];
  return facts.map(([fact, expression]) => ({ name: name(fact), expression }));
}

/** The variables of the object being admitted, under their own names. */
export const OBJECT_VARIABLES = objectVariables('object', (fact) => fact);

const isMq = (mq: MsgStreamType) => `variables.mq == ${str(mq)}`;
const external = (block: string) => `has(variables.${block}.external) && variables.${block}.external == true`;

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
const WP_STORAGE = 'variables.woodpeckerStorageConfig';

/** What model/facts/endpoints.ts checkHostPort finds in one address, as CEL over that address. */
const ADDRESS_PROBLEMS = {
  scheme: (a: string) => matches(a, WITH_SCHEME),
  noPort: (a: string) => matches(a, HOST_WITHOUT_PORT),
  port: (a: string) => `${matches(a, HOST_AND_PORT_PART)} && !${matches(a, HOST_PORT_OR_SCHEME)}`,
  format: (a: string) => `!${matches(a, WITH_SCHEME)} && !${matches(a, HOST_MAYBE_PORT)}`,
};

/**
 * The four address checks of one storage. `anyAddress` reads the addresses (a bounded number);
 * `held` is when a scheme or a missing port holds Milvus back (for Kafka: no broker can be dialled) (a Kafka broker without a port is
 * dialled at 9092, so it has no no-port rule).
 */
const addressRules = (
  mq: AddressStorage,
  field: string,
  held: string,
  anyAddress: (problem: (address: string) => string) => string,
) => [
  rule(
    `${mq}-address-scheme`,
    addressCheck('endpoint-scheme', schemeMessage, ADDRESS_WHY[mq].scheme),
    field,
    not(isMq(mq), external(mq), held, anyAddress(ADDRESS_PROBLEMS.scheme)),
  ),
  // A missing port is refused only where it holds Milvus back; a Kafka broker without one is dialled at 9092.
  ...(NO_PORT_SEVERITY[mq] === 'error'
    ? [
        rule(
          `${mq}-address-no-port`,
          addressCheck('endpoint-no-port', noPortMessage, ADDRESS_WHY[mq].noPort),
          field,
          not(isMq(mq), external(mq), held, anyAddress(ADDRESS_PROBLEMS.noPort)),
        ),
      ]
    : []),
  rule(
    `${mq}-address-port`,
    ADDRESS_SHAPE_CHECKS[mq].port,
    field,
    not(isMq(mq), external(mq), anyAddress(ADDRESS_PROBLEMS.port)),
  ),
  rule(
    `${mq}-address-format`,
    ADDRESS_SHAPE_CHECKS[mq].format,
    field,
    not(isMq(mq), external(mq), anyAddress(ADDRESS_PROBLEMS.format)),
  ),
];

const brokerList = 'variables.kafka.brokerList';
const pools = 'variables.woodpecker.quorumBufferPools';
const noBrokerDiallable =
  `has(${brokerList}) && size(${brokerList}) > 0 && size(${brokerList}) <= ${LIST_BOUNDS.brokers} && ` +
  `!${anyOfFirst(brokerList, LIST_BOUNDS.brokers, (b) => matches(b, KAFKA_DIALLABLE))}`;
const eachPool = (condition: (pool: string) => string) =>
  `has(${pools}) && ${anyOfFirst(pools, LIST_BOUNDS.pools, (pool) => condition(pool))}`;

const kafkaConfig = 'variables.kafkaConfig';
/**
 * A setting of spec.config.kafka as checker/rules/kafkaSecurity.ts `text()` reads it: blank when
 * absent, a blank string, or neither a string nor a number.
 */
const blankSetting = (key: string) => {
  const v = `${kafkaConfig}.${key}`;
  return `(!has(${v}) || (type(${v}) == string ? ${matches(v, BLANK)} : !(type(${v}) == int || type(${v}) == uint || type(${v}) == double)))`;
};
const saslProtocol = `has(${kafkaConfig}.securityProtocol) && type(${kafkaConfig}.securityProtocol) == string && ${matches(`${kafkaConfig}.securityProtocol`, SASL_PROTOCOL)}`;
const SASL_SUBJECT = 'spec.config.kafka.securityProtocol is SASL_PLAINTEXT or SASL_SSL';

const KAFKA_SASL_RULES: readonly AdmissionRule[] = [
  rule(
    'kafka-sasl-without-mechanism',
    KAFKA_SASL_WITHOUT_MECHANISM,
    SASL_SUBJECT,
    not(isMq('kafka'), saslProtocol, blankSetting('saslMechanisms')),
  ),
  rule(
    'kafka-sasl-without-credentials',
    KAFKA_SASL_WITHOUT_CREDENTIALS,
    SASL_SUBJECT,
    not(
      isMq('kafka'),
      saslProtocol,
      `(${blankSetting('saslUsername')} || ${blankSetting('saslPassword')})`,
      `(!has(variables.kafka.secretRef) || ${matches('variables.kafka.secretRef', BLANK)})`,
    ),
  ),
];

/**
 * checker/rules/woodpecker.ts's woodpecker-service-version on a 2.6 that runs (support.ts
 * WOODPECKER_SERVICE_ON_2_6); only the policy words it so: the checker names the version and where
 * it was read.
 */
const WOODPECKER_SERVICE_ON_26_CHECK: SharedCheck = {
  code: 'woodpecker-service-version',
  severity: 'error',
  message: (s) =>
    `${s} on Milvus 2.6: ${WOODPECKER_SERVICE_ON_2_6}. Woodpecker as a service needs Milvus ${formatVersion(WOODPECKER_SERVICE_SINCE_PATCH)} or later: run Milvus 3.0, or run Woodpecker embedded.`,
};

/** Every check the policy makes, in the order kubectl shows their messages. */
export const ADMISSION_RULES: readonly AdmissionRule[] = [
  ruleWithReason(
    'rocksmq-in-cluster',
    'msgStreamType rocksmq in cluster mode',
    supportOf('cluster', 'rocksmq', DEFAULT_MINOR).reason,
    not('variables.cluster', isMq('rocksmq')),
  ),
  ruleWithReason(
    'natsmq-in-cluster',
    'msgStreamType natsmq in cluster mode',
    supportOf('cluster', 'natsmq', DEFAULT_MINOR).reason,
    not('variables.cluster', isMq('natsmq')),
  ),
  ruleWithReason(
    'natsmq-on-2.6',
    `msgStreamType natsmq on Milvus ${STREAMING_SINCE} or later`,
    supportOf('standalone', 'natsmq', STREAMING_SINCE).reason,
    // Only where the running image's tag names a version: an unreadable tag picks the operator's
    // defaults only, and nobody can tell what runs (storage-version-unknown, a warning in the CLI).
    not('!variables.cluster', isMq('natsmq'), 'variables.runTagged', 'variables.judged26'),
  ),
  ruleWithReason(
    'woodpecker-before-2.6',
    `${MQ_LABELS.woodpecker} on a Milvus below ${STREAMING_SINCE}`,
    `Woodpecker arrived in Milvus ${STREAMING_SINCE}; older Milvus versions do not have it.`,
    not(isMq('woodpecker'), 'variables.runTagged', '!variables.judged26', '!variables.split'),
  ),
  {
    id: 'woodpecker-default-on-older-milvus',
    code: 'version-split',
    severity: 'error',
    subject: 'msgStreamType is not set',
    message: (s) =>
      `${s}: the operator believes Milvus ${STREAMING_SINCE} or later and picks Woodpecker, but the image that runs is older. ${supportOf('standalone', 'woodpecker', '2.5').reason} Set msgStreamType, and make the version label and the image agree.`,
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
    'woodpecker-pool-without-name',
    POOL_WITHOUT_NAME,
    `The name of a pool in ${DEPS}.woodpecker.quorumBufferPools`,
    not(
      isMq('woodpecker'),
      external('woodpecker'),
      eachPool((pool) => `(!has(${pool}.name) || ${matches(`${pool}.name`, BLANK)})`),
    ),
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
  // The checker reads a non-blank endpoint only (a blank one is external-without-endpoint's or nothing).
  ...addressRules(
    'pulsar',
    `${DEPS}.pulsar.endpoint`,
    'true',
    (problem) =>
      `has(variables.pulsar.endpoint) && !${matches('variables.pulsar.endpoint', BLANK)} && ${problem('variables.pulsar.endpoint')}`,
  ),
  // pkg/external/kafka.go CheckKafka passes when one broker answers: an error only when none can be
  // dialled. A broker without a port is dialled at 9092 (kafka-go's dialer), so a missing port is
  // never refused; a scheme is, when no broker can be dialled.
  ...addressRules(
    'kafka',
    `A broker in ${DEPS}.kafka.brokerList`,
    noBrokerDiallable,
    (problem) => `has(${brokerList}) && ${anyOfFirst(brokerList, LIST_BOUNDS.brokers, problem)}`,
  ),
  ...addressRules('woodpecker', `A seed in ${DEPS}.woodpecker.quorumBufferPools`, 'true', (problem) =>
    eachPool(
      (pool) => `has(${pool}.seeds) && ${anyOfFirst(`${pool}.seeds`, LIST_BOUNDS.seedsPerPool, problem)}`,
    ),
  ),
  ...KAFKA_SASL_RULES,
  // whatRuns/predicates/woodpeckerLocal.ts woodpeckerLocalRefused: Milvus reads the values as text.
  rule(
    'woodpecker-local-in-cluster',
    WOODPECKER_LOCAL_IN_CLUSTER_CHECK,
    'spec.config.woodpecker.storage.type',
    not(
      'variables.cluster',
      isMq('woodpecker'),
      `!(${external('woodpecker')})`,
      `has(${WP_STORAGE}.type) && type(${WP_STORAGE}.type) == string && ${matches(`${WP_STORAGE}.type`, '^\\s*local\\s*$')}`,
      `!(has(${WP_STORAGE}.forceLocalStorage) && ((type(${WP_STORAGE}.forceLocalStorage) == bool && ${WP_STORAGE}.forceLocalStorage == true) || (type(${WP_STORAGE}.forceLocalStorage) == string && ${matches(`${WP_STORAGE}.forceLocalStorage`, '^\\s*(?i:true)\\s*$')})))`,
    ),
  ),
  rule(
    'woodpecker-service-standalone',
    WOODPECKER_SERVICE_STANDALONE,
    WOODPECKER_SERVICE,
    not('!variables.cluster', isMq('woodpecker'), external('woodpecker')),
  ),
  // checker/rules/woodpecker.ts: a 2.6 that runs (its tag names the version) fails with the service.
  rule(
    'woodpecker-service-on-2.6',
    WOODPECKER_SERVICE_ON_26_CHECK,
    WOODPECKER_SERVICE,
    not(
      'variables.cluster',
      isMq('woodpecker'),
      external('woodpecker'),
      'variables.runTagged',
      'variables.judged26',
      `!${matches('variables.runImage', IMAGE_TAG_MINOR_30)}`,
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
