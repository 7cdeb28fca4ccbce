/**
 * The regular expressions (RE2 syntax, which JavaScript reads the same way for these) behind the
 * policy's CEL. Each mirrors one function of the model, named beside it; the CEL tests check them
 * against those functions.
 */

/** Blank after the operator's TrimSpace. */
export const BLANK = '^\\s*$';

const NUMBER = '[0-9]+';
const IDENTIFIERS = '[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*';
const PRE_AND_BUILD = `(-${IDENTIFIERS})?(\\+${IDENTIFIERS})?`;
/** A number above `n - 1` once leading zeros are stripped: `0*([n-9]|[1-9][0-9]+)` for n in 1..9. */
const atLeast = (n: number) => `0*([${n}-9]|[1-9][0-9]+)`;

/**
 * A version semver.ParseTolerant reads as greater than 2.5.999, the operator's "2.6 or later"
 * (apis/milvus.io/v1beta1/milvus_types.go isImageVersionGreaterThan2_6): an optional `v`, one to
 * three numbers with leading zeros allowed, a pre-release or build only after all three.
 */
const AFTER_25 =
  `v?(${atLeast(3)}(\\.${NUMBER}(\\.${NUMBER}${PRE_AND_BUILD})?)?` +
  `|0*2\\.(${atLeast(6)}(\\.${NUMBER}${PRE_AND_BUILD})?|0*5\\.0*[1-9][0-9]{3,}${PRE_AND_BUILD}))`;

/** spec.components.version believed 2.6 or later. */
export const VERSION_AFTER_25 = `^\\s*${AFTER_25}\\s*$`;

/** An image whose tag (the text after the last ':') reads as 2.6 or later. */
export const IMAGE_TAG_AFTER_25 = `^[\\s\\S]*:\\s*${AFTER_25}\\s*$`;

/** An image whose tag is `master-*`: the operator counts it as 2.6 or later. */
export const IMAGE_TAG_MASTER = '^[\\s\\S]*:master-[^:]*$';

/** host:port with a scheme in front (model/facts/endpoints.ts SCHEME, after trimming). */
const SCHEME = '[a-zA-Z][a-zA-Z0-9+.-]*://';
export const WITH_SCHEME = `^\\s*${SCHEME}`;

/** A host as model/facts/endpoints.ts HOST reads it: a bracketed IPv6 address or a name. */
const HOST = '(\\[[0-9a-fA-F:.]+\\]|[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?)';

/** A host without a port (model/facts/endpoints.ts: no ':' after the last ']', and a valid host). */
export const HOST_WITHOUT_PORT = `^\\s*${HOST}\\s*$`;

/**
 * A valid host, a ':' and a port part without ':' or ']' (model/facts/endpoints.ts: the text after the last
 * ':', which comes after the last ']'): host:port in shape, whatever the port holds. Read after
 * WITH_SCHEME, since `a://b` has this shape too.
 */
export const HOST_AND_PORT_PART = `^\\s*${HOST}:[^:\\]]*\\s*$`;

/** Either of the two shapes above: an address that is not one of them is not host:port at all. */
export const HOST_MAYBE_PORT = `^\\s*${HOST}(:[^:\\]]*)?\\s*$`;

/**
 * One to five digits whose number is 1 to 65535 (model/facts/endpoints.ts: /^\d{1,5}$/, then the range),
 * leading zeros counted among the five: by where the first non-zero digit stands.
 */
const PORT =
  '(0{0,4}[1-9]|0{0,3}[1-9][0-9]|0{0,2}[1-9][0-9]{2}|0?[1-9][0-9]{3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])';

/** host:port that model/facts/endpoints.ts checkHostPort accepts. */
export const HOST_PORT = `^\\s*${HOST}:${PORT}\\s*$`;

/** HOST_PORT or WITH_SCHEME in one: HOST_AND_PORT_PART without it is a bad port. */
export const HOST_PORT_OR_SCHEME = `^\\s*(${HOST}:${PORT}\\s*$|${SCHEME})`;

/**
 * An address Go's net.Dial("tcp", ...) takes to a connection attempt (model/operator/resolve/operatorAddress.ts
 * dialRefuses, negated): net.SplitHostPort succeeds and the port is neither empty nor holds a '/'.
 */
export const DIALLABLE = '^(\\[[^\\[\\]]*\\]|[^\\[\\]:]*):[^\\[\\]:/]+$';

/**
 * A broker the operator's Kafka client dials (model/operator/resolve/operatorAddress.ts kafkaDialRefuses,
 * negated): DIALLABLE, or text without a ':' (dialled at port 9092).
 */
export const KAFKA_DIALLABLE = '^([^:]*|(\\[[^\\[\\]]*\\]|[^\\[\\]:]*):[^\\[\\]:/]+)$';

const TAG_END = '\\s*(@[\\s\\S]*)?$';

/** An image whose tag model/facts/versions.ts versionFromImage reads (1-4 digit major and minor, up to 6 for the patch). */
export const IMAGE_TAG_VERSION = `^\\s*[^@]*:\\s*v?[0-9]{1,4}\\.[0-9]{1,4}(\\.[0-9]{1,6})?([-+][0-9A-Za-z.+-]*)?${TAG_END}`;

/** Of those, Milvus 2.6 or later by minor (support.ts clampMinor); read together with IMAGE_TAG_VERSION. */
export const IMAGE_TAG_MINOR_26 = `^\\s*[^@]*:\\s*v?(0*([3-9]|[1-9][0-9]+)\\.[0-9]+|0*2\\.${atLeast(6)})(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?${TAG_END}`;

/** securityProtocol SASL_PLAINTEXT or SASL_SSL, as checker/rules/kafkaSecurity.ts reads it (trimmed, any case). */
export const SASL_PROTOCOL = '(?i)^\\s*SASL_(PLAINTEXT|SSL)\\s*$';

/**
 * A version semver.ParseTolerant reads as 3.0 or later (resolve/operatorVersion.ts parseTolerant,
 * then versions.ts atLeastMinor): the version the operator believes, when the image tag names none.
 */
const AT_LEAST_30 = `v?${atLeast(3)}(\\.${NUMBER}(\\.${NUMBER}${PRE_AND_BUILD})?)?`;

/** spec.components.version read as 3.0 or later. */
export const VERSION_AT_LEAST_30 = `^\\s*${AT_LEAST_30}\\s*$`;

/** An image whose tag (the text after the last ':') reads as 3.0 or later. */
export const IMAGE_TAG_AT_LEAST_30 = `^[\\s\\S]*:\\s*${AT_LEAST_30}\\s*$`;

/** Of the images IMAGE_TAG_VERSION reads, Milvus 3.0 or later by major (versions.ts versionFromImage). */
export const IMAGE_TAG_MINOR_30 = `^\\s*[^@]*:\\s*v?0*([3-9]|[1-9][0-9]+)\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?${TAG_END}`;
