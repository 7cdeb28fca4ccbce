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

/** host:port with a scheme in front (model/endpoints.ts SCHEME, after trimming). */
export const WITH_SCHEME = '^\\s*[a-zA-Z][a-zA-Z0-9+.-]*://';

/** A host without a port (model/endpoints.ts: no ':' after the last ']', and a valid host). */
export const HOST_WITHOUT_PORT =
  '^\\s*(\\[[0-9a-fA-F:.]+\\]|[a-zA-Z0-9_]([a-zA-Z0-9_.-]*[a-zA-Z0-9_])?)\\s*$';

/**
 * An address Go's net.Dial("tcp", ...) takes to a connection attempt (model/resolve/operatorAddress.ts
 * dialRefuses, negated): net.SplitHostPort succeeds and the port is neither empty nor holds a '/'.
 */
export const DIALLABLE = '^(\\[[^\\[\\]]*\\]|[^\\[\\]:]*):[^\\[\\]:/]+$';

/**
 * A broker the operator's Kafka client dials (model/resolve/operatorAddress.ts kafkaDialRefuses,
 * negated): DIALLABLE, or text without a ':' (dialled at port 9092).
 */
export const KAFKA_DIALLABLE = '^([^:]*|(\\[[^\\[\\]]*\\]|[^\\[\\]:]*):[^\\[\\]:/]+)$';

const TAG_END = '\\s*(@[\\s\\S]*)?$';

/** An image whose tag model/versions.ts versionFromImage reads (1-4 digit major and minor, up to 6 for the patch). */
export const IMAGE_TAG_VERSION = `^\\s*[^@]*:\\s*v?[0-9]{1,4}\\.[0-9]{1,4}(\\.[0-9]{1,6})?([-+][0-9A-Za-z.+-]*)?${TAG_END}`;

/** Of those, Milvus 2.6 or later by minor (support.ts clampMinor); read together with IMAGE_TAG_VERSION. */
export const IMAGE_TAG_MINOR_26 = `^\\s*[^@]*:\\s*v?(0*([3-9]|[1-9][0-9]+)\\.[0-9]+|0*2\\.${atLeast(6)})(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?${TAG_END}`;
